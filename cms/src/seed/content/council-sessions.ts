import { fromWallClock, wallClock } from '@ratusz/warsaw-time'

/** When the Rada Gminy meets: the hour (Warsaw) and length of its ordinary sessions. */
export const SESSION_HOUR = 16
export const SESSION_MINUTES = 180

/** The day of the month of the third Wednesday: the 15th–21st, where no public holiday falls outside August. */
const thirdWednesday = (year: number, month: number): number => {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay()
  return 1 + ((3 - firstWeekday + 7) % 7) + 14
}

/**
 * The ordinary sessions of the Rada Gminy Lipowa Wola between two instants: the third Wednesday of every month
 * but August (the summer break), at 16:00 Warsaw time. The calendar of events and the BIP's session records
 * (protocols, votes, recordings) both take their dates from here, so they agree.
 */
export const councilSessions = (from: Date, until: Date): Date[] => {
  const sessions: Date[] = []
  const first = wallClock(from)
  for (let index = 0; ; index += 1) {
    const month = new Date(Date.UTC(first.year, first.month - 1 + index, 1))
    const year = month.getUTCFullYear()
    const monthNumber = month.getUTCMonth() + 1
    const session = fromWallClock({
      year,
      month: monthNumber,
      day: thirdWednesday(year, monthNumber),
      hour: SESSION_HOUR,
      minute: 0,
      second: 0,
    })
    if (session > until) return sessions
    if (session >= from && monthNumber !== 8) sessions.push(session)
  }
}
