import { eventWeekdays, type eventFrequencies } from '@ratusz/contract'
import { fromWallClock, wallClock } from '@ratusz/warsaw-time'

/** The structured repeat rule as the CMS's `recurrence` group stores it. */
export type RecurrenceInput = {
  frequency?: (typeof eventFrequencies)[number] | null
  interval?: number | null
  weekdays?: readonly string[] | null
  until?: string | null
  count?: number | null
  exceptions?: readonly { date?: string | null }[] | null
}

const icsUtc = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

/**
 * The iCalendar RRULE value (without "RRULE:") of a structured rule, or null when the event does not repeat.
 * UNTIL is the end of the chosen day in Warsaw, in UTC as RFC 5545 asks when DTSTART has a time zone.
 */
export const buildRule = (recurrence: RecurrenceInput | null | undefined): string | null => {
  if (!recurrence?.frequency) return null
  const parts = [`FREQ=${recurrence.frequency.toUpperCase()}`]
  const interval = Math.max(1, Math.floor(recurrence.interval ?? 1))
  if (interval > 1) parts.push(`INTERVAL=${interval}`)
  const days = eventWeekdays.filter((day) => recurrence.weekdays?.includes(day))
  if (recurrence.frequency === 'weekly' && days.length > 0) parts.push(`BYDAY=${days.join(',')}`)
  if (recurrence.count && recurrence.count > 0) parts.push(`COUNT=${Math.floor(recurrence.count)}`)
  else if (recurrence.until) {
    const day = wallClock(new Date(recurrence.until))
    parts.push(`UNTIL=${icsUtc(fromWallClock({ ...day, hour: 23, minute: 59, second: 59 }))}`)
  }
  return parts.join(';')
}
