import { describe, expect, it } from 'vitest'
import { eventsCollection } from './config'
import { calendarSnapshot } from './hooks/bump-sequence'
import { normaliseAllDay } from './hooks/normalise-all-day'
import { validateDeadline, validateEnd, validateFrequency } from './validate'

const req = { i18n: { language: 'pl' } }
const run = (validate: typeof validateEnd, value: unknown, data: object, siblingData: object = data) =>
  validate(value, { data, siblingData, req } as never)

describe('events', () => {
  it('is a drafts collection with versions, sorted by start', () => {
    const collection = eventsCollection({ withAreas: true })
    expect(collection.slug).toBe('events')
    expect(collection.versions).toMatchObject({
      drafts: { schedulePublish: expect.anything() },
      maxPerDoc: 50,
    })
    expect(collection.labels?.plural).toEqual({ pl: 'Wydarzenia', en: 'Events' })
  })

  it('refuses an end before the start, in Polish', () => {
    const data = { start: '2025-06-14T16:00:00.000Z' }
    expect(run(validateEnd, '2025-06-14T15:00:00.000Z', data)).toMatch(/^Koniec jest przed początkiem/)
    expect(run(validateEnd, '2025-06-14T19:00:00.000Z', data)).toBe(true)
    // all-day: the same last day is fine
    expect(
      run(validateEnd, '2025-06-13T22:00:00.000Z', {
        ...data,
        start: '2025-06-13T22:00:00.000Z',
        allDay: true,
      }),
    ).toBe(true)
  })

  it('refuses a registration deadline after the start', () => {
    const data = { start: '2025-06-14T16:00:00.000Z' }
    expect(run(validateDeadline, '2025-06-15T10:00:00.000Z', data, {})).toMatch(
      /^Zapisy kończą się po rozpoczęciu/,
    )
    expect(run(validateDeadline, '2025-06-10T10:00:00.000Z', data, {})).toBe(true)
  })

  it('refuses a repeat rule that yields no occurrence', () => {
    const start = '2025-06-14T16:00:00.000Z'
    const rule = { frequency: 'weekly', count: 1, exceptions: [{ date: '2025-06-14T10:00:00.000Z' }] }
    expect(run(validateFrequency, 'weekly', { start }, rule)).toMatch(/nie daje żadnego terminu/)
    expect(run(validateFrequency, 'weekly', { start }, { ...rule, count: 2 })).toBe(true)
  })

  it('counts a change of time, place or status, not of the text', () => {
    const doc = {
      title: 'A',
      start: '2025-06-14T16:00:00.000Z',
      place: { name: 'Świetlica' },
      status: 'planned',
    }
    expect(calendarSnapshot({ ...doc, title: 'B' })).toBe(calendarSnapshot(doc))
    expect(calendarSnapshot({ ...doc, status: 'cancelled' })).not.toBe(calendarSnapshot(doc))
    expect(calendarSnapshot({ ...doc, place: { name: 'Remiza' } })).not.toBe(calendarSnapshot(doc))
    expect(calendarSnapshot({ ...doc, start: '2025-06-14T17:00:00.000Z' })).not.toBe(calendarSnapshot(doc))
  })

  it('moves an all-day event to midnight in Warsaw', () => {
    const data = normaliseAllDay({ data: { allDay: true, start: '2025-06-14T13:45:00.000Z' } } as never) as {
      start: string
    }
    expect(data.start).toBe('2025-06-13T22:00:00.000Z')
  })
})
