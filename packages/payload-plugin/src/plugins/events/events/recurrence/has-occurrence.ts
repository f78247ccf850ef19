import * as rruleModule from 'rrule'
import { buildRule, type RecurrenceInput } from './build-rule'
import { fromFloating, toFloating, warsawDay } from '@ratusz/warsaw-time'

// rrule ships CommonJS to Node and ES modules to bundlers: take RRule from whichever loaded.
const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule

/** How many occurrences are looked at before a rule counts as yielding one. */
const LOOK_AHEAD = 1000

/**
 * Whether an event starting at `start` with this repeat rule takes place at least once, once the cancelled
 * days (exceptions) are taken out. Occurrences are computed on the Warsaw wall clock, so DST does not move them.
 */
export const hasOccurrence = (start: Date, recurrence: RecurrenceInput | null | undefined): boolean => {
  const rule = buildRule(recurrence)
  if (!rule) return true
  const options = RRule.parseString(rule)
  if (options.until) options.until = toFloating(options.until)
  const expanded = new RRule({ ...options, dtstart: toFloating(start) }).all((_, index) => index < LOOK_AHEAD)
  const excluded = new Set(
    (recurrence?.exceptions ?? []).flatMap((item) => (item.date ? [warsawDay(new Date(item.date))] : [])),
  )
  return expanded.some((floating) => !excluded.has(warsawDay(fromFloating(floating))))
}
