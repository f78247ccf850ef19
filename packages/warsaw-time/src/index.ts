/** Wall-clock arithmetic in Europe/Warsaw, whatever the machine's time zone (CMS validation, site calendars). */

export const WARSAW = 'Europe/Warsaw'

/** A local date and time in Warsaw (month 1–12). */
export type WallClock = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: WARSAW,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
})

const HOUR = 3_600_000

/** The wall clock at an instant as Intl reads it (slow: a few microseconds a call). */
function readWallClock(instant: Date): WallClock {
  const values = Object.fromEntries(
    parts.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  )
  return {
    year: values.year!,
    month: values.month!,
    day: values.day!,
    hour: values.hour!,
    minute: values.minute!,
    second: values.second!,
  }
}

const asUtc = (w: WallClock): number => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)

/**
 * Since 1977 Warsaw's clocks change at 01:00 UTC, on the hour (tzdata), so within one UTC hour the offset is
 * one: it is read from Intl once per hour and kept (a build expands hundreds of recurring events, tens of
 * thousands of calls). Earlier instants (other rules, local mean time) are read one by one.
 */
const HOURLY_SINCE = Date.UTC(1977, 0, 1)
const KEPT_HOURS = 200_000
const offsets = new Map<number, number>()

const offsetOfHour = (hour: number): number => {
  let offset = offsets.get(hour)
  if (offset === undefined) {
    if (offsets.size >= KEPT_HOURS) offsets.clear()
    offset = asUtc(readWallClock(new Date(hour * HOUR))) - hour * HOUR
    offsets.set(hour, offset)
  }
  return offset
}

export function wallClock(instant: Date): WallClock {
  const at = instant.getTime()
  if (!(at >= HOURLY_SINCE)) return readWallClock(instant)
  const shown = new Date(Math.floor(at / 1000) * 1000 + offsetOfHour(Math.floor(at / HOUR)))
  return {
    year: shown.getUTCFullYear(),
    month: shown.getUTCMonth() + 1,
    day: shown.getUTCDate(),
    hour: shown.getUTCHours(),
    minute: shown.getUTCMinutes(),
    second: shown.getUTCSeconds(),
  }
}

/** Warsaw's offset from UTC at an instant, in milliseconds (1 h in winter, 2 h in summer). */
const offsetAt = (at: number): number => asUtc(wallClock(new Date(at))) - at

const DAY = 86_400_000

/**
 * The instant at which Warsaw clocks show `w`. A time skipped in March (2:00–2:59) moves one hour on; a time
 * shown twice in October (2:00–2:59) is its first showing, in summer time, as RFC 5545 and Temporal's
 * "compatible" choice have it.
 */
export function fromWallClock(w: WallClock): Date {
  const target = asUtc(w)
  const before = target - offsetAt(target - DAY)
  const after = target - offsetAt(target + DAY)
  const shown = [before, after].filter((candidate) => asUtc(wallClock(new Date(candidate))) === target)
  return new Date(shown.length > 0 ? Math.min(...shown) : before)
}

/** A "floating" date whose UTC fields are the Warsaw wall clock: what `rrule` computes in. */
export function toFloating(instant: Date): Date {
  return new Date(asUtc(wallClock(instant)))
}

/** The real instant of a floating date. */
export function fromFloating(floating: Date): Date {
  return fromWallClock({
    year: floating.getUTCFullYear(),
    month: floating.getUTCMonth() + 1,
    day: floating.getUTCDate(),
    hour: floating.getUTCHours(),
    minute: floating.getUTCMinutes(),
    second: floating.getUTCSeconds(),
  })
}

/** A calendar day as YYYY-MM-DD (month 1–12). */
export function isoDay({ year, month, day }: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** The Warsaw calendar day of an instant, as YYYY-MM-DD. */
export function warsawDay(instant: Date): string {
  return isoDay(wallClock(instant))
}

/** The instant at `hour`:00 in Warsaw of a calendar day given as YYYY-MM-DD. */
export function fromWarsawDay(day: string, hour = 0): Date {
  const [year, month, date] = day.split('-').map(Number)
  return fromWallClock({ year: year!, month: month!, day: date!, hour, minute: 0, second: 0 })
}

/** Midnight in Warsaw, `days` days after the Warsaw day of `instant`. */
export function warsawMidnight(instant: Date, days = 0): Date {
  const w = wallClock(instant)
  const shifted = new Date(Date.UTC(w.year, w.month - 1, w.day + days))
  return fromWallClock({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
  })
}

/** The first instant after `after` at which the Warsaw clock reads `hour`:`minute` (today's, else tomorrow's). */
export function nextWarsawTime(after: Date, hour: number, minute: number): Date {
  const today = fromWallClock({ ...wallClock(after), hour, minute, second: 0 })
  if (today > after) return today
  return fromWallClock({ ...wallClock(warsawMidnight(after, 1)), hour, minute, second: 0 })
}
