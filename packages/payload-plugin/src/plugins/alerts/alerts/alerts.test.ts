import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { alertsCollection } from './config'
import { plainTextLength } from './hooks/validate-body'
import { validateValidUntil } from './hooks/validate-until'
import { validityProblem } from './validity'

const names = (fields: Field[]): string[] =>
  fields.flatMap((field) =>
    'name' in field ? [field.name] : 'fields' in field && field.type === 'row' ? names(field.fields) : [],
  )

const from = '2025-06-14T08:00:00.000Z'
const hoursLater = (hours: number) => new Date(Date.parse(from) + hours * 3_600_000).toISOString()

const untilMessage = (siblingData: Record<string, unknown>, language: 'pl' | 'en' = 'pl') =>
  validateValidUntil(siblingData.validUntil, {
    siblingData,
    req: { i18n: { language } },
  } as never)

describe('alerts', () => {
  it('has the fields of the contract, areas only when asked', () => {
    expect(names(alertsCollection({ withAreas: true }).fields)).toEqual([
      'title',
      'slug',
      'kind',
      'severity',
      'shortText',
      'body',
      'attachments',
      'areas',
      'validFrom',
      'validUntil',
      'longAlarmConfirmed',
      'source',
      'publishedAt',
    ])
    expect(names(alertsCollection({ withAreas: false }).fields)).not.toContain('areas')
  })

  it('has drafts with scheduled publishing, Polish labels, newest first', () => {
    const collection = alertsCollection({ withAreas: true })
    expect(collection.slug).toBe('alerts')
    expect(collection.versions).toMatchObject({ drafts: { schedulePublish: expect.anything() } })
    expect(collection.defaultSort).toBe('-validFrom')
    expect(collection.labels).toEqual({
      singular: { pl: 'Komunikat', en: 'Alert' },
      plural: { pl: 'Komunikaty', en: 'Alerts' },
    })
  })

  it('checks the period of validity', () => {
    expect(validityProblem({ severity: 'informacja', validFrom: from })).toBeUndefined()
    expect(validityProblem({ severity: 'informacja', validFrom: from, validUntil: from })).toBe(
      'validUntilBeforeFrom',
    )
    expect(validityProblem({ severity: 'ostrzezenie', validFrom: from, validUntil: hoursLater(-1) })).toBe(
      'validUntilBeforeFrom',
    )
    expect(
      validityProblem({ severity: 'ostrzezenie', validFrom: from, validUntil: hoursLater(500) }),
    ).toBeUndefined()
    expect(validityProblem({ severity: 'alarm', validFrom: from, validUntil: null })).toBe('alarmNeedsEnd')
    expect(
      validityProblem({ severity: 'alarm', validFrom: from, validUntil: hoursLater(72) }),
    ).toBeUndefined()
    expect(validityProblem({ severity: 'alarm', validFrom: from, validUntil: hoursLater(73) })).toBe(
      'alarmTooLong',
    )
    expect(
      validityProblem({
        severity: 'alarm',
        validFrom: from,
        validUntil: hoursLater(73),
        longAlarmConfirmed: true,
      }),
    ).toBeUndefined()
  })

  it('tells the editor in Polish what to do', () => {
    expect(untilMessage({ severity: 'alarm', validFrom: from })).toBe(
      'Alarm musi mieć datę końca. Wpisz, do kiedy obowiązuje (najwyżej 72 godziny od początku).',
    )
    expect(untilMessage({ severity: 'alarm', validFrom: from, validUntil: hoursLater(100) })).toContain(
      'zaznacz „Potwierdzam alarm dłuższy niż 72 godziny”',
    )
    expect(untilMessage({ severity: 'alarm', validFrom: from, validUntil: hoursLater(100) }, 'en')).toContain(
      'at most 72 hours',
    )
    expect(untilMessage({ severity: 'informacja', validFrom: from, validUntil: hoursLater(1) })).toBe(true)
  })

  it('counts the plain text of a rich text body', () => {
    const body = {
      root: {
        type: 'root',
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Żółć' }] },
          { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'abc' }] }] },
        ],
      },
    }
    expect(plainTextLength(body)).toBe(7)
    expect(plainTextLength(null)).toBe(0)
  })
})
