import { WARSAW } from '@ratusz/warsaw-time'
import { ownCopy } from './own-copy'

const MONTHS: Record<string, string> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
}

const dayInWarsaw = new Intl.DateTimeFormat('en-CA', {
  timeZone: WARSAW,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The Warsaw day (`YYYY-MM-DD`) of an instant. */
export const warsawDay = (instant: Date): string => dayInWarsaw.format(instant)

/**
 * The Warsaw day of an nginx `$time_local` (`10/Oct/2026:13:55:36 +0200`), whatever zone the server logs in.
 * Warsaw's offset changes on the hour, so the answer is cached per hour and offset: one `Intl` call per hour of
 * log instead of one per line. Undefined for a malformed time.
 */
export const createLogDayReader = (): ((time: string) => string | undefined) => {
  const cache = new Map<string, string | undefined>()
  return (time) => {
    // "10/Oct/2026:13" + " +0200"
    const key = time.length === 26 ? time.slice(0, 14) + time.slice(20) : time
    let day = cache.get(key)
    if (day !== undefined || cache.has(key)) return day
    const month = MONTHS[time.slice(3, 6)]
    const iso = `${time.slice(7, 11)}-${month}-${time.slice(0, 2)}T${time.slice(12, 14)}:00:00${time.slice(21, 24)}:${time.slice(24, 26)}`
    const instant = new Date(iso)
    day = month && time.length === 26 && !Number.isNaN(instant.getTime()) ? warsawDay(instant) : undefined
    if (cache.size > 100_000) cache.clear()
    cache.set(ownCopy(key), day)
    return day
  }
}
