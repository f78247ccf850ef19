import { describe, expect, it } from 'vitest'
import { buildRule } from './build-rule'
import { hasOccurrence } from './has-occurrence'

// 2025: clocks go forward on 30 March (23-hour day) and back on 26 October (25-hour day) in Warsaw.

describe('repeat rules across a clock change', () => {
  it('ends UNTIL at 23:59:59 summer time on 30 March, whatever time the date picker held', () => {
    for (const until of [
      '2025-03-29T23:00:00.000Z',
      '2025-03-30T10:00:00.000Z',
      '2025-03-30T21:59:00.000Z',
    ]) {
      expect(buildRule({ frequency: 'daily', until })).toBe('FREQ=DAILY;UNTIL=20250330T215959Z')
    }
  })

  it('ends UNTIL at 23:59:59 winter time on 26 October', () => {
    for (const until of [
      '2025-10-25T22:00:00.000Z',
      '2025-10-26T12:00:00.000Z',
      '2025-10-26T22:59:00.000Z',
    ]) {
      expect(buildRule({ frequency: 'weekly', until })).toBe('FREQ=WEEKLY;UNTIL=20251026T225959Z')
    }
  })

  it('counts an occurrence on the last day when the last day is a change day', () => {
    // 23:30 on Sunday 26 October (winter time, 22:30 UTC): inside the 25-hour day's UNTIL.
    const lateOnChangeDay = new Date('2025-10-26T22:30:00.000Z')
    expect(hasOccurrence(lateOnChangeDay, { frequency: 'daily', until: '2025-10-26T10:00:00.000Z' })).toBe(
      true,
    )
    expect(
      hasOccurrence(lateOnChangeDay, {
        frequency: 'daily',
        until: '2025-10-26T10:00:00.000Z',
        exceptions: [{ date: '2025-10-26T08:00:00.000Z' }],
      }),
    ).toBe(false)
  })

  it('finds no occurrence when UNTIL is the day before a start at midnight of 30 March', () => {
    const midnight = new Date('2025-03-29T23:00:00.000Z')
    expect(hasOccurrence(midnight, { frequency: 'daily', until: '2025-03-29T12:00:00.000Z' })).toBe(false)
    expect(hasOccurrence(midnight, { frequency: 'daily', until: '2025-03-30T12:00:00.000Z' })).toBe(true)
  })
})
