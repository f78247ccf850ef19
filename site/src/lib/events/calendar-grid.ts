import type { Occurrence } from './recurrence'
import { isoDay, warsawDay, warsawMidnight } from '@ratusz/warsaw-time'

/** One day cell of a month grid; `inMonth` is false for the days of the neighbouring months that fill a week. */
type CalendarDay = { date: string; day: number; inMonth: boolean; occurrences: Occurrence[] }

export type MonthGrid = { year: number; month: number; weeks: CalendarDay[][] }

/** Monday-first day names, as table headers show them (full names for screen readers, short for the eye). */
export const WEEKDAY_NAMES = [
  ['poniedziałek', 'pon.'],
  ['wtorek', 'wt.'],
  ['środa', 'śr.'],
  ['czwartek', 'czw.'],
  ['piątek', 'pt.'],
  ['sobota', 'sob.'],
  ['niedziela', 'niedz.'],
] as const

/** The Warsaw days an occurrence covers (an all-day festival over two days shows on both). */
function daysOf(occurrence: Occurrence): string[] {
  const days = [warsawDay(occurrence.start)]
  let cursor = warsawMidnight(occurrence.start, 1)
  while (cursor.getTime() < occurrence.end.getTime() && days.length < 62) {
    days.push(warsawDay(cursor))
    cursor = warsawMidnight(cursor, 1)
  }
  return days
}

/**
 * The weeks (Monday to Sunday) of a month with the occurrences of each day, in start order. Pure calendar
 * arithmetic in UTC on dates only, so the machine's time zone does not matter.
 */
export function monthGrid(year: number, month: number, occurrences: readonly Occurrence[]): MonthGrid {
  const byDay = new Map<string, Occurrence[]>()
  for (const occurrence of [...occurrences].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    for (const day of daysOf(occurrence)) byDay.set(day, [...(byDay.get(day) ?? []), occurrence])
  }
  const first = new Date(Date.UTC(year, month - 1, 1))
  const lead = (first.getUTCDay() + 6) % 7
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const cells = Math.ceil((lead + daysInMonth) / 7) * 7
  const weeks: CalendarDay[][] = []
  for (let index = 0; index < cells; index += 1) {
    const date = new Date(Date.UTC(year, month - 1, 1 - lead + index))
    const key = isoDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() })
    const cell = {
      date: key,
      day: date.getUTCDate(),
      inMonth: date.getUTCMonth() === month - 1,
      occurrences: byDay.get(key) ?? [],
    }
    if (index % 7 === 0) weeks.push([])
    weeks[weeks.length - 1]!.push(cell)
  }
  return { year, month, weeks }
}

/** The month before and after, as { year, month }. */
export function neighbourMonths(year: number, month: number) {
  return {
    previous: month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 },
    next: month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 },
  }
}

/** "czerwiec 2025" */
export function monthName(year: number, month: number): string {
  return new Intl.DateTimeFormat('pl-PL', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, 15)),
  )
}
