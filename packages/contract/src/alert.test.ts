import { describe, expect, it } from 'vitest'
import { alert } from './index'

const at = '2025-06-14T16:00:00.000Z'

const flood = {
  id: 7,
  title: 'Ostrzeżenie hydrologiczne: wezbranie Lipówki',
  slug: 'ostrzezenie-hydrologiczne-wezbranie-lipowki',
  kind: 'powodz',
  severity: 'ostrzezenie',
  shortText: 'Wezbranie Lipówki do 18:00. Zabezpiecz mienie, nie wjeżdżaj na zalane drogi.',
  body: null,
  attachments: null,
  areas: [
    {
      id: 11,
      name: 'Zagrożenie powodziowe',
      slug: 'zagrozenie-powodziowe',
      kind: 'grupa' as const,
      createdAt: at,
      updatedAt: at,
    },
  ],
  validFrom: '2025-06-14T08:00:00.000Z',
  validUntil: '2025-06-15T08:00:00.000Z',
  source: ' IMGW-PIB ',
  publishedAt: at,
  _status: 'published',
  createdAt: at,
  updatedAt: at,
}

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? []

describe('the alert contract', () => {
  it('accepts a published alert as the REST API gives it, filling empty lists', () => {
    const parsed = alert.parse(flood)
    expect(parsed.attachments).toEqual([])
    expect(parsed.areas.map((area) => area.slug)).toEqual(['zagrozenie-powodziowe'])
    expect(parsed.source).toBe('IMGW-PIB')
  })

  it('reads no areas as the whole gmina and no end as open-ended', () => {
    const parsed = alert.parse({ ...flood, severity: 'informacja', areas: [], validUntil: null, source: '' })
    expect(parsed.areas).toEqual([])
    expect(parsed.validUntil).toBeNull()
    expect(parsed.source).toBeNull()
  })

  it('keeps the short text to one SMS', () => {
    expect(issuePaths(alert.safeParse({ ...flood, shortText: 'x'.repeat(161) }))).toEqual(['shortText'])
  })

  it('refuses an end before the start and an alarm without an end', () => {
    expect(issuePaths(alert.safeParse({ ...flood, validUntil: flood.validFrom }))).toEqual(['validUntil'])
    expect(issuePaths(alert.safeParse({ ...flood, severity: 'alarm', validUntil: null }))).toEqual([
      'validUntil',
    ])
  })

  it('refuses an unknown kind or severity and a draft', () => {
    expect(issuePaths(alert.safeParse({ ...flood, kind: 'tsunami', severity: 'czerwony' }))).toEqual([
      'kind',
      'severity',
    ])
    expect(issuePaths(alert.safeParse({ ...flood, _status: 'draft' }))).toEqual(['_status'])
  })
})
