import { nextWarsawTime, wallClock } from '@ratusz/warsaw-time'

const minutesOf = (clock: string) => {
  const [hours, minutes] = clock.split(':').map(Number)
  return hours! * 60 + minutes!
}

/**
 * When a message that respects quiet hours may go: now, or the end of the quiet hours on the Warsaw clock
 * (`from` 22:00 to `until` 07:00 by default, across midnight).
 */
export const afterQuietHours = (now: Date, quiet: { from: string; until: string }): Date => {
  const clock = wallClock(now)
  const minute = clock.hour * 60 + clock.minute
  const from = minutesOf(quiet.from)
  const until = minutesOf(quiet.until)
  const quietNow = from > until ? minute >= from || minute < until : minute >= from && minute < until
  return quietNow ? nextWarsawTime(now, Math.floor(until / 60), until % 60) : now
}
