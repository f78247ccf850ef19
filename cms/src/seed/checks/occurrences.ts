import { buildRule, expandRule, type RecurrenceInput } from '@ratusz/recurrence'
import { warsawDay } from '@ratusz/warsaw-time'

/** An event as a resident reads it: its texts, when it starts and ends, and its repeat rule. */
export type EventToCheck = {
  title: string
  /** The lead, the body's text, the status note. */
  texts: string[]
  start: Date
  end: Date
  recurrence?: RecurrenceInput | null
}

/** How far from its start a repeating event is looked at. */
const YEARS = 3

/**
 * The starts of an event's occurrences (for three years when it repeats), those it is held on (all but the
 * cancelled days) and its cancelled days.
 */
export const occurrences = (event: EventToCheck) => {
  const rule = buildRule(event.recurrence)
  const cancelled = (event.recurrence?.exceptions ?? []).flatMap((exception) =>
    exception.date ? [new Date(exception.date)] : [],
  )
  const until = new Date(event.start)
  until.setUTCFullYear(until.getUTCFullYear() + YEARS)
  const every = rule ? expandRule(event.start, rule, { until, max: 1000 }) : [event.start]
  const held = every.filter((start) => !cancelled.some((day) => warsawDay(day) === warsawDay(start)))
  return { every, held, cancelled }
}
