import { describe, expect, it } from 'vitest'
import { cancelledDays, nextOccurrence, occurrences } from './recurrence'
import { testEvent } from './test-event'
import { wallClock } from '@ratusz/warsaw-time'

const localTimes = (dates: Date[]) =>
  dates.map((date) => {
    const w = wallClock(date)
    return `${w.month}/${w.day} ${w.hour}:${String(w.minute).padStart(2, '0')}`
  })

describe('recurrence', () => {
  it('keeps 18:00 Warsaw time across the March DST change', () => {
    // Thursdays 18:00 CET (17:00 UTC) from 20 March 2025; clocks go forward on 30 March.
    const event = testEvent({ recurrence: { frequency: 'weekly', rule: 'FREQ=WEEKLY;COUNT=3' } })
    const found = occurrences(event)
    expect(localTimes(found.map((o) => o.start))).toEqual(['3/20 18:00', '3/27 18:00', '4/3 18:00'])
    expect(found.map((o) => o.start.toISOString())).toEqual([
      '2025-03-20T17:00:00.000Z',
      '2025-03-27T17:00:00.000Z',
      '2025-04-03T16:00:00.000Z',
    ])
    expect(found[2]!.end.toISOString()).toBe('2025-04-03T17:30:00.000Z')
  })

  it('keeps 18:00 Warsaw time across the October DST change', () => {
    const event = testEvent({
      start: '2025-10-16T16:00:00.000Z',
      end: '2025-10-16T17:00:00.000Z',
      recurrence: { frequency: 'weekly', rule: 'FREQ=WEEKLY;UNTIL=20251106T225959Z' },
    })
    const found = occurrences(event)
    expect(localTimes(found.map((o) => o.start))).toEqual([
      '10/16 18:00',
      '10/23 18:00',
      '10/30 18:00',
      '11/6 18:00',
    ])
    expect(found[2]!.start.toISOString()).toBe('2025-10-30T17:00:00.000Z')
  })

  it('leaves out cancelled days and lists a repeating event at its next date', () => {
    const event = testEvent({
      recurrence: {
        frequency: 'weekly',
        rule: 'FREQ=WEEKLY;COUNT=3',
        exceptions: [{ date: '2025-03-27T11:00:00.000Z' }],
      },
    })
    expect(localTimes(occurrences(event).map((o) => o.start))).toEqual(['3/20 18:00', '4/3 18:00'])
    const next = nextOccurrence(event, new Date('2025-03-21T00:00:00.000Z'))
    expect(next?.start.toISOString()).toBe('2025-04-03T16:00:00.000Z')
    expect(nextOccurrence(event, new Date('2025-05-01T00:00:00.000Z'))).toBeUndefined()
  })

  it('lists an open-ended series that begins years ahead from its first date, not nothing', () => {
    // weekly from June 2031, seen from 2026: beyond the horizon of "now", not beyond its own
    const event = testEvent({
      start: '2031-06-05T16:00:00.000Z',
      end: '2031-06-05T17:30:00.000Z',
      recurrence: { frequency: 'weekly', rule: 'FREQ=WEEKLY' },
    })
    const now = new Date('2026-11-30T12:00:00.000Z')
    expect(nextOccurrence(event, now)?.start.toISOString()).toBe('2031-06-05T16:00:00.000Z')
    expect(occurrences(event)[0]?.start.toISOString()).toBe('2031-06-05T16:00:00.000Z')
  })

  it('ends an all-day event at midnight after its last day', () => {
    const event = testEvent({
      allDay: true,
      start: '2025-06-13T22:00:00.000Z',
      end: '2025-06-14T22:00:00.000Z',
    })
    expect(occurrences(event)[0]!.end.toISOString()).toBe('2025-06-15T22:00:00.000Z')
  })
})

describe('cancelledDays', () => {
  it("lists a series' cancelled days from today on, soonest first, one per day", () => {
    const event = testEvent({
      recurrence: {
        frequency: 'weekly',
        rule: 'FREQ=WEEKLY',
        exceptions: [
          { date: '2025-04-10T16:00:00.000Z' },
          { date: '2025-03-27T17:00:00.000Z' },
          { date: '2025-04-10T21:00:00.000Z' },
          { date: '2025-03-20T17:00:00.000Z' },
        ],
      },
    })
    // 26 March late evening in Warsaw: the day before the 27th, the 20th is past
    const days = cancelledDays(event, new Date('2025-03-26T22:30:00.000Z'))
    expect(days.map((day) => day.toISOString())).toEqual([
      '2025-03-27T17:00:00.000Z',
      '2025-04-10T16:00:00.000Z',
    ])
    expect(cancelledDays(event, new Date('2025-03-27T22:59:00.000Z'))).toHaveLength(2)
    expect(cancelledDays(testEvent(), new Date('2025-01-01T00:00:00.000Z'))).toEqual([])
  })
})
