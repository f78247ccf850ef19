import { describe, expect, it } from 'vitest'
import { nextDigestTime } from './digest-task'
import { itemReaches } from './item-recipients'
import { messageKey, readMessageKey } from './message-keys'

const digests = { dailyAt: '07:00', weeklyDay: 'monday', weeklyAt: '07:00' } as const

describe('nextDigestTime', () => {
  it('is the next 07:00 on the Warsaw clock for the daily digest', () => {
    // Wednesday 2026-12-02 06:59 in Warsaw (UTC+1).
    expect(nextDigestTime('daily', new Date('2026-12-02T05:59:00Z'), digests).toISOString()).toBe(
      '2026-12-02T06:00:00.000Z',
    )
    expect(nextDigestTime('daily', new Date('2026-12-02T06:00:00Z'), digests).toISOString()).toBe(
      '2026-12-03T06:00:00.000Z',
    )
  })

  it('is the next Monday 07:00 for the weekly digest, in summer time too', () => {
    expect(nextDigestTime('weekly', new Date('2026-12-02T12:00:00Z'), digests).toISOString()).toBe(
      '2026-12-07T06:00:00.000Z',
    )
    expect(
      nextDigestTime('weekly', new Date('2027-06-02T12:00:00Z'), {
        ...digests,
        weeklyDay: 'friday',
        weeklyAt: '16:30',
      }).toISOString(),
    ).toBe('2027-06-04T14:30:00.000Z')
  })
})

describe('message keys of news, events and digests', () => {
  it('reads back what it writes', () => {
    for (const ref of [
      { kind: 'article', id: '7', variant: 'update', stamp: '1' },
      { kind: 'event', id: '9', variant: 'cancelled', stamp: '2' },
      { kind: 'digest', frequency: 'weekly', stamp: '3' },
    ] as const)
      expect(readMessageKey(messageKey(ref))).toEqual(ref)
  })
})

describe('itemReaches', () => {
  const subscription = { id: 1, channel: 'email', areas: [3], categories: [7] }
  it('needs the areas and the categories to meet, none chosen or given meeting all', () => {
    expect(itemReaches({ areas: [3], categories: [7, 8] }, subscription)).toBe(true)
    expect(itemReaches({ areas: [], categories: [] }, subscription)).toBe(true)
    expect(itemReaches({ areas: [4], categories: [7] }, subscription)).toBe(false)
    expect(itemReaches({ areas: [3], categories: [8] }, subscription)).toBe(false)
    expect(itemReaches({ areas: [4], categories: [8] }, { id: 2, channel: 'sms' })).toBe(true)
  })
})
