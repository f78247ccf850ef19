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

export function wallClock(instant: Date): WallClock {
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

/** The instant at which Warsaw clocks show `w` (a time skipped by DST moves one hour on). */
export function fromWallClock(w: WallClock): Date {
  const guess = asUtc(w)
  const offset = (at: number) => asUtc(wallClock(new Date(at))) - at
  return new Date(guess - offset(guess - offset(guess)))
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

/** The Warsaw calendar day of an instant, as YYYY-MM-DD. */
export function warsawDay(instant: Date): string {
  const w = wallClock(instant)
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`
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
