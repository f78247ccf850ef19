import { fromWallClock, wallClock } from '@ratusz/warsaw-time'

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
  if (!quietNow) return now
  const endsTomorrow = from > until && minute >= from
  const day = endsTomorrow ? wallClock(new Date(now.getTime() + 24 * 3600 * 1000)) : clock
  return fromWallClock({ ...day, hour: Math.floor(until / 60), minute: until % 60, second: 0 })
}
