import { describe, expect, it } from 'vitest'
import {
  nextWarsawTime,
  fromFloating,
  fromWallClock,
  fromWarsawDay,
  isoDay,
  toFloating,
  wallClock,
  warsawDay,
  warsawMidnight,
} from './index'

// 2025: clocks go forward on 30 March at 01:00 UTC (2:00 CET → 3:00 CEST) and back on 26 October at 01:00 UTC
// (3:00 CEST → 2:00 CET).
const HOUR = 3_600_000
const iso = (date: Date) => date.toISOString()
const clock = (instant: string) => {
  const w = wallClock(new Date(instant))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
}
const at = (year: number, month: number, day: number, hour: number, minute = 0) =>
  iso(fromWallClock({ year, month, day, hour, minute, second: 0 }))

describe('wallClock', () => {
  it('reads winter time as UTC+1 and summer time as UTC+2', () => {
    expect(clock('2025-01-15T11:00:00.000Z')).toBe('2025-01-15 12:00:00')
    expect(clock('2025-07-15T11:00:00.000Z')).toBe('2025-07-15 13:00:00')
  })

  it('jumps from 1:59:59 to 3:00:00 on the March change', () => {
    expect(clock('2025-03-30T00:59:59.000Z')).toBe('2025-03-30 01:59:59')
    expect(clock('2025-03-30T01:00:00.000Z')).toBe('2025-03-30 03:00:00')
  })

  it('shows 2:00–2:59 twice on the October change', () => {
    expect(clock('2025-10-26T00:30:00.000Z')).toBe('2025-10-26 02:30:00')
    expect(clock('2025-10-26T00:59:59.000Z')).toBe('2025-10-26 02:59:59')
    expect(clock('2025-10-26T01:00:00.000Z')).toBe('2025-10-26 02:00:00')
    expect(clock('2025-10-26T01:30:00.000Z')).toBe('2025-10-26 02:30:00')
  })

  it('shows midnight as hour 0, not 24', () => {
    expect(clock('2025-03-29T23:00:00.000Z')).toBe('2025-03-30 00:00:00')
  })
})

describe('fromWallClock', () => {
  it('finds the instant of a time on ordinary days in both seasons', () => {
    expect(at(2025, 1, 15, 12)).toBe('2025-01-15T11:00:00.000Z')
    expect(at(2025, 7, 15, 13)).toBe('2025-07-15T11:00:00.000Z')
  })

  it('finds the hours either side of the March change', () => {
    expect(at(2025, 3, 30, 1, 59)).toBe('2025-03-30T00:59:00.000Z')
    expect(at(2025, 3, 30, 3)).toBe('2025-03-30T01:00:00.000Z')
  })

  it('moves a time skipped in March one hour on', () => {
    expect(at(2025, 3, 30, 2)).toBe('2025-03-30T01:00:00.000Z')
    expect(at(2025, 3, 30, 2, 30)).toBe('2025-03-30T01:30:00.000Z')
  })

  it('takes the first, summer-time showing of a time repeated in October', () => {
    expect(at(2025, 10, 26, 2)).toBe('2025-10-26T00:00:00.000Z')
    expect(at(2025, 10, 26, 2, 30)).toBe('2025-10-26T00:30:00.000Z')
    expect(at(2025, 10, 26, 3)).toBe('2025-10-26T02:00:00.000Z')
    expect(at(2025, 10, 26, 1, 59)).toBe('2025-10-25T23:59:00.000Z')
  })

  it('round-trips every quarter hour of the two change days except the skipped hour', () => {
    for (const day of ['2025-03-29T23:00:00.000Z', '2025-10-25T22:00:00.000Z']) {
      for (let instant = Date.parse(day); instant < Date.parse(day) + 25 * HOUR; instant += HOUR / 4) {
        const w = wallClock(new Date(instant))
        const back = fromWallClock(w).getTime()
        // In October the second showing of 2:xx maps back to the first, one hour earlier.
        expect([instant, instant - HOUR]).toContain(back)
        expect(wallClock(new Date(back))).toEqual(w)
      }
    }
  })
})

describe('warsawMidnight and the 23- and 25-hour days', () => {
  it('starts 30 March 2025 at 23:00 UTC the day before and lasts 23 hours', () => {
    const noon = new Date('2025-03-30T10:00:00.000Z')
    expect(iso(warsawMidnight(noon))).toBe('2025-03-29T23:00:00.000Z')
    expect(iso(warsawMidnight(noon, 1))).toBe('2025-03-30T22:00:00.000Z')
    expect(warsawMidnight(noon, 1).getTime() - warsawMidnight(noon).getTime()).toBe(23 * HOUR)
  })

  it('starts 26 October 2025 at 22:00 UTC the day before and lasts 25 hours', () => {
    const noon = new Date('2025-10-26T11:00:00.000Z')
    expect(iso(warsawMidnight(noon))).toBe('2025-10-25T22:00:00.000Z')
    expect(iso(warsawMidnight(noon, 1))).toBe('2025-10-26T23:00:00.000Z')
    expect(warsawMidnight(noon, 1).getTime() - warsawMidnight(noon).getTime()).toBe(25 * HOUR)
  })

  it('finds the same midnight from the last minute of the long day', () => {
    expect(iso(warsawMidnight(new Date('2025-10-26T22:59:00.000Z')))).toBe('2025-10-25T22:00:00.000Z')
  })

  it('counts days back and across a month and a year', () => {
    const start = new Date('2025-03-31T10:00:00.000Z')
    expect(iso(warsawMidnight(start, -1))).toBe('2025-03-29T23:00:00.000Z')
    expect(iso(warsawMidnight(start, -2))).toBe('2025-03-28T23:00:00.000Z')
    expect(iso(warsawMidnight(new Date('2025-12-31T12:00:00.000Z'), 1))).toBe('2025-12-31T23:00:00.000Z')
  })
})

describe('warsawDay', () => {
  it('turns the day at Warsaw midnight, not UTC midnight', () => {
    expect(warsawDay(new Date('2025-03-29T22:59:59.000Z'))).toBe('2025-03-29')
    expect(warsawDay(new Date('2025-03-29T23:00:00.000Z'))).toBe('2025-03-30')
    expect(warsawDay(new Date('2025-03-30T21:59:59.000Z'))).toBe('2025-03-30')
    expect(warsawDay(new Date('2025-03-30T22:00:00.000Z'))).toBe('2025-03-31')
    expect(warsawDay(new Date('2025-10-26T22:59:59.000Z'))).toBe('2025-10-26')
    expect(warsawDay(new Date('2025-10-26T23:00:00.000Z'))).toBe('2025-10-27')
  })

  it('pads month and day', () => {
    expect(isoDay({ year: 2026, month: 1, day: 5 })).toBe('2026-01-05')
    expect(warsawDay(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01')
  })
})

describe('fromWarsawDay', () => {
  it('gives midnight, or the hour asked for, of a Warsaw day in both seasons and on the change days', () => {
    expect(iso(fromWarsawDay('2025-01-15'))).toBe('2025-01-14T23:00:00.000Z')
    expect(iso(fromWarsawDay('2025-07-15', 12))).toBe('2025-07-15T10:00:00.000Z')
    expect(iso(fromWarsawDay('2025-03-30', 12))).toBe('2025-03-30T10:00:00.000Z')
    expect(iso(fromWarsawDay('2025-10-26'))).toBe('2025-10-25T22:00:00.000Z')
    expect(warsawDay(fromWarsawDay('2025-10-26', 23))).toBe('2025-10-26')
  })
})

describe('floating dates', () => {
  it('carries the Warsaw wall clock in UTC fields, both seasons', () => {
    expect(iso(toFloating(new Date('2025-03-30T00:30:00.000Z')))).toBe('2025-03-30T01:30:00.000Z')
    expect(iso(toFloating(new Date('2025-03-30T01:30:00.000Z')))).toBe('2025-03-30T03:30:00.000Z')
  })

  it('gives the real instant back, a skipped time one hour on and a repeated one at its first showing', () => {
    expect(iso(fromFloating(new Date('2025-06-14T18:00:00.000Z')))).toBe('2025-06-14T16:00:00.000Z')
    expect(iso(fromFloating(new Date('2025-03-30T02:15:00.000Z')))).toBe('2025-03-30T01:15:00.000Z')
    expect(iso(fromFloating(new Date('2025-10-26T02:15:00.000Z')))).toBe('2025-10-26T00:15:00.000Z')
  })
})

describe('nextWarsawTime', () => {
  it('is today at that time if still ahead, else tomorrow, across the clock changes', () => {
    expect(nextWarsawTime(new Date('2026-11-30T12:00:00Z'), 3, 15).toISOString()).toBe(
      '2026-12-01T02:15:00.000Z',
    )
    expect(nextWarsawTime(new Date('2026-12-01T01:00:00Z'), 3, 15).toISOString()).toBe(
      '2026-12-01T02:15:00.000Z',
    )
    expect(nextWarsawTime(new Date('2026-12-01T02:15:00Z'), 3, 15).toISOString()).toBe(
      '2026-12-02T02:15:00.000Z',
    )
    // 28 March 2026, 22:00 winter time; 7:00 the next morning is summer time
    expect(nextWarsawTime(new Date('2026-03-28T21:00:00Z'), 7, 0).toISOString()).toBe(
      '2026-03-29T05:00:00.000Z',
    )
  })
})

describe('wallClock against Intl', () => {
  const intl = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Warsaw',
    hourCycle: 'h23',
    dateStyle: 'short',
    timeStyle: 'medium',
  })
  const pad = (n: number) => String(n).padStart(2, '0')
  const shown = (instant: Date) => {
    const w = wallClock(instant)
    return `${pad(w.day)}/${pad(w.month)}/${w.year}, ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}`
  }
  const DAY = 24 * HOUR
  /** The days (00:00 UTC) on which Warsaw's offset changed, from Intl, in the months where it can. */
  const changeDays = (year: number): number[] => {
    const hourAtNoon = (day: number) => Number(/, (\d\d):/.exec(intl.format(new Date(day + 12 * HOUR)))![1])
    const days: number[] = []
    for (const [from, to] of [
      [Date.UTC(year, 2, 15), Date.UTC(year, 3, 15)],
      [Date.UTC(year, 8, 15), Date.UTC(year, 10, 5)],
    ] as const) {
      for (let day = from + DAY; day < to; day += DAY) {
        if (hourAtNoon(day) !== hourAtNoon(day - DAY)) days.push(day)
      }
    }
    return days
  }

  it('reads the hours around every clock change from 1970 to 2040, and instants between, as Intl does', () => {
    const differ: string[] = []
    const check = (at: number) => {
      const instant = new Date(at)
      if (shown(instant) !== intl.format(instant)) differ.push(instant.toISOString())
    }
    let changes = 0
    for (let year = 1970; year <= 2040; year += 1) {
      for (const day of changeDays(year)) {
        changes += 1
        // from 22:00 the day before to 04:00 UTC, every 3 minutes 31.7 seconds
        for (let at = day - 2 * HOUR; at < day + 4 * HOUR; at += 211_700) check(at)
      }
    }
    // and instants spread over the years (every 3 days 7 hours 13 minutes 0.3 seconds)
    for (let at = Date.UTC(1970, 0, 1); at < Date.UTC(2041, 0, 1); at += 285_180_300) check(at)
    expect(changes).toBeGreaterThan(100)
    expect(differ).toEqual([])
  })
})
