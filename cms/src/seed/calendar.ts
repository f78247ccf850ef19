import Holidays from 'date-holidays'
import { fromWallClock, wallClock, warsawDay, warsawMidnight } from '@ratusz/warsaw-time'

/** Days of the week as `Date#getUTCDay` numbers them (Sunday first) and as RRULE names them. */
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const WORKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR']
export const WEEKEND: readonly Weekday[] = ['SA', 'SU']

/** The instant of `hour:minute` Warsaw time on the Warsaw calendar day `days` after the day of `from`. */
export const at = (from: Date, days: number, hour: number, minute = 0): Date =>
  fromWallClock({ ...wallClock(warsawMidnight(from, days)), hour, minute, second: 0 })

/** The day of the week of an instant, in Warsaw. */
export const warsawWeekday = (instant: Date): Weekday => {
  const { year, month, day } = wallClock(instant)
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]!
}

const polish = new Holidays('PL')
const holidaysByYear = new Map<number, Set<string>>()

/** The public holidays of a year in Poland (days off by law: Easter Monday, 11 November…) as YYYY-MM-DD. */
const publicHolidays = (year: number): Set<string> => {
  let days = holidaysByYear.get(year)
  if (!days) {
    days = new Set(
      polish
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => holiday.date.slice(0, 10)),
    )
    holidaysByYear.set(year, days)
  }
  return days
}

/** Whether the Warsaw day of an instant is a public holiday in Poland. */
export const isPublicHoliday = (instant: Date): boolean =>
  publicHolidays(wallClock(instant).year).has(warsawDay(instant))

/** Whether the Warsaw day of an instant is a day off: a Saturday, a Sunday or a public holiday. */
export const isDayOff = (instant: Date): boolean =>
  WEEKEND.includes(warsawWeekday(instant)) || isPublicHoliday(instant)

/**
 * The first day, counted in days from the day of `from`, that falls on one of `weekdays` and is no public
 * holiday: `days` itself or the days after it (`direction` 1) or before it (-1).
 */
export const dayOn = (from: Date, days: number, weekdays: readonly Weekday[], direction: 1 | -1): number => {
  for (let shift = 0; shift < 21; shift += 1) {
    const candidate = days + shift * direction
    const day = at(from, candidate, 12)
    if (weekdays.includes(warsawWeekday(day)) && !isPublicHoliday(day)) return candidate
  }
  throw new Error('No day of the week given')
}

/** The instant of `hour`:00 Warsaw time on the first working day `days` or more after the day of `from`. */
export const workdayAt = (from: Date, days: number, hour: number): Date => {
  let day = at(from, days, hour)
  while (isDayOff(day)) day = at(day, 1, hour)
  return day
}
