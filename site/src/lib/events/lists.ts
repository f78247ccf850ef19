import type { Event } from '@ratusz/contract'
import { nextOccurrence, occurrences, type Occurrence } from './recurrence'
import { wallClock } from '@ratusz/warsaw-time'

/**
 * Upcoming events, each once at its next occurrence (a weekly class is listed at its next date), soonest first.
 * An event counts as upcoming until its occurrence ends.
 */
export function upcoming(events: readonly Event[], now: Date): Occurrence[] {
  return events
    .flatMap((event) => nextOccurrence(event, now) ?? [])
    .sort((a, b) => a.start.getTime() - b.start.getTime())
}

/** Events with no occurrence left, each once at its last occurrence, latest first. */
export function past(events: readonly Event[], now: Date): Occurrence[] {
  return events
    .filter((event) => !nextOccurrence(event, now))
    .flatMap((event) => occurrences(event, now).at(-1) ?? [])
    .sort((a, b) => b.start.getTime() - a.start.getTime())
}

/** Every occurrence of every event that touches the given month (Warsaw). */
export function occurrencesInMonth(events: readonly Event[], year: number, month: number): Occurrence[] {
  const until = new Date(Date.UTC(year, month, 1, 12))
  return events.flatMap((event) =>
    occurrences(event, until).filter((occurrence) => {
      const start = wallClock(occurrence.start)
      const end = wallClock(new Date(occurrence.end.getTime() - 1))
      const key = year * 12 + month
      return start.year * 12 + start.month <= key && end.year * 12 + end.month >= key
    }),
  )
}

/**
 * The months that get a calendar page: every month from the earliest event to 12 months ahead that has an
 * occurrence, plus the current month, in order.
 */
export function calendarMonths(events: readonly Event[], now: Date): { year: number; month: number }[] {
  const current = wallClock(now)
  const last = current.year * 12 + current.month - 1 + 12
  const keys = new Set<number>([current.year * 12 + current.month - 1])
  const until = new Date(Date.UTC(Math.floor(last / 12), (last % 12) + 1, 1))
  for (const event of events) {
    for (const occurrence of occurrences(event, until)) {
      const start = wallClock(occurrence.start)
      const key = start.year * 12 + start.month - 1
      if (key <= last) keys.add(key)
    }
  }
  return [...keys].sort((a, b) => a - b).map((key) => ({ year: Math.floor(key / 12), month: (key % 12) + 1 }))
}
