import type { Event } from '@ratusz/contract'
import { nextOccurrence } from './recurrence'

/**
 * The next moment after `now` at which the built site goes stale by the clock alone: the next end of an event or
 * of one occurrence of a repeating event (then it moves on to its next date, or leaves "upcoming" for the
 * archive). The build writes it to /wydarzenia/nastepna-zmiana.json as `{ "staleAt": "<ISO instant>" | null }`
 * so the publishing pipeline can schedule a rebuild then; null when no event ends in the future.
 */
export function nextStaleMoment(events: readonly Event[], now: Date): Date | null {
  const ends = events
    .map((event) => nextOccurrence(event, now)?.end.getTime())
    .filter((end): end is number => end !== undefined && end > now.getTime())
  return ends.length > 0 ? new Date(Math.min(...ends)) : null
}
