import type { Event } from '@ratusz/contract'
import { expandRule } from '@ratusz/recurrence'
import { warsawDay, warsawMidnight } from '@ratusz/warsaw-time'

/** One time an event takes place. `end` is exclusive: for all-day events midnight after the last day. */
export type Occurrence = { event: Event; start: Date; end: Date; index: number }

/** How far ahead an open-ended rule is expanded. */
const HORIZON_DAYS = 400
/** At most this many occurrences of one event. */
const MAX_OCCURRENCES = 2000

/** The exclusive end of an occurrence starting at `start`, with the event's length. */
function endOf(event: Event, start: Date): Date {
  const first = new Date(event.start)
  if (event.allDay) {
    const lastDay = event.end ? new Date(event.end) : first
    const days = Math.max(
      0,
      Math.round((warsawMidnight(lastDay).getTime() - warsawMidnight(first).getTime()) / 86_400_000),
    )
    return warsawMidnight(start, days + 1)
  }
  const length = event.end ? Math.max(0, Date.parse(event.end) - first.getTime()) : 0
  return new Date(start.getTime() + length)
}

/** HORIZON_DAYS after `now`, or after the event's start when that is later (a series that begins years ahead). */
const horizonOf = (event: Event, now: number): Date =>
  new Date(Math.max(now, Date.parse(event.start)) + HORIZON_DAYS * 86_400_000)

/**
 * Every occurrence of an event up to `until` (default: see horizonOf), on the Warsaw wall clock: a class at 18:00
 * stays at 18:00 across the March and October DST changes. Cancelled days (exceptions) are left out.
 */
export function occurrences(event: Event, until = horizonOf(event, Date.now())): Occurrence[] {
  const start = new Date(event.start)
  const rule = event.recurrence?.rule
  if (!rule) return [{ event, start, end: endOf(event, start), index: 0 }]
  const exceptions = event.recurrence?.exceptions.map((item) => item.date) ?? []
  return expandRule(start, rule, { exceptions, until, max: MAX_OCCURRENCES }).map((instant, index) => ({
    event,
    start: instant,
    end: endOf(event, instant),
    index,
  }))
}

/** The first occurrence not yet over at `now`, if any. */
export function nextOccurrence(event: Event, now: Date): Occurrence | undefined {
  return occurrences(event, horizonOf(event, now.getTime())).find(
    (occurrence) => occurrence.end.getTime() > now.getTime() || occurrence.start.getTime() >= now.getTime(),
  )
}

/**
 * The days a repeating event does not take place from `now`'s Warsaw day on (its cancelled dates), soonest
 * first, one per day: a start instant within each day, to format as a date.
 */
export function cancelledDays(event: Pick<Event, 'recurrence'>, now: Date): Date[] {
  if (!event.recurrence?.rule) return []
  const today = warsawDay(now)
  const days = new Map<string, Date>()
  for (const { date } of event.recurrence.exceptions) {
    const instant = new Date(date)
    const day = warsawDay(instant)
    if (day >= today && !days.has(day)) days.set(day, instant)
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, instant]) => instant)
}
