import { buildRule, type RecurrenceInput } from './build-rule'
import { expandRule } from './expand-rule'

/** How many occurrences are looked at before a rule counts as yielding none. */
const LOOK_AHEAD = 1000

/**
 * Whether an event starting at `start` with this repeat rule takes place at least once, once the cancelled
 * days (exceptions) are taken out. Occurrences are computed on the Warsaw wall clock, so DST does not move them.
 */
export const hasOccurrence = (start: Date, recurrence: RecurrenceInput | null | undefined): boolean => {
  const rule = buildRule(recurrence)
  if (!rule) return true
  const exceptions = (recurrence?.exceptions ?? []).flatMap((item) => (item.date ? [item.date] : []))
  return expandRule(start, rule, { exceptions, max: LOOK_AHEAD }).length > 0
}
