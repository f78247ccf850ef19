import { describe, expect, it } from 'vitest'
import { formatWhen } from './format'
import { occurrences } from './recurrence'
import { testEvent } from './test-event'

describe('event dates in Polish', () => {
  it('says day, date and times', () => {
    const event = testEvent({ start: '2025-06-14T16:00:00.000Z', end: '2025-06-14T19:00:00.000Z' })
    expect(formatWhen(occurrences(event)[0]!)).toBe('sobota, 14 czerwca 2025, 18:00–21:00')
  })

  it('says "cały dzień" or the range of days for all-day events', () => {
    const one = testEvent({ allDay: true, start: '2025-06-13T22:00:00.000Z', end: null })
    expect(formatWhen(occurrences(one)[0]!)).toBe('sobota, 14 czerwca 2025 (cały dzień)')
    const two = testEvent({
      allDay: true,
      start: '2025-06-13T22:00:00.000Z',
      end: '2025-06-14T22:00:00.000Z',
    })
    expect(formatWhen(occurrences(two)[0]!)).toBe('sobota, 14 czerwca 2025 – niedziela, 15 czerwca 2025')
  })
})
