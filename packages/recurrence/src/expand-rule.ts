import * as rruleModule from 'rrule'
import { fromFloating, toFloating, warsawDay } from '@ratusz/warsaw-time'

// rrule ships CommonJS to Node and ES modules to bundlers: take RRule from whichever loaded.
const { RRule } = (rruleModule as unknown as { default?: typeof rruleModule }).default ?? rruleModule

type ExpandOptions = {
  /** Instants within the Warsaw days without an occurrence (cancelled days). */
  exceptions?: readonly (string | Date)[]
  /** The last moment looked at; none: as far as `max` reaches. */
  until?: Date
  /** At most this many occurrences of the rule are looked at (cancelled days included). */
  max: number
}

/**
 * The starts of the occurrences of an RRULE value whose first occurrence starts at `start`, on the Warsaw wall
 * clock: a class at 18:00 stays at 18:00 across the March and October DST changes. A time the March change skips
 * moves one hour on. Cancelled days (exceptions) are left out.
 */
export function expandRule(
  start: Date,
  rule: string,
  { exceptions = [], until, max }: ExpandOptions,
): Date[] {
  const options = RRule.parseString(rule)
  if (options.until) options.until = toFloating(options.until)
  const excluded = new Set(exceptions.map((date) => warsawDay(new Date(date))))
  const limit = until && toFloating(until)
  return new RRule({ ...options, dtstart: toFloating(start) })
    .all((date, index) => index < max && (!limit || date <= limit))
    .map((floating) => fromFloating(floating))
    .filter((instant) => !excluded.has(warsawDay(instant)))
}
