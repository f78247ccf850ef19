/** Wall-clock time in Europe/Warsaw, whatever the server's time zone. */

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

/** The Warsaw wall clock at an instant. */
export const wallClock = (instant: Date): WallClock => {
  const get = (type: string) => Number(parts.formatToParts(instant).find((part) => part.type === type)?.value)
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  }
}

const asUtc = (w: WallClock): number => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)

/** The instant at which Warsaw clocks show `w` (a time skipped by DST moves one hour on). */
export const fromWallClock = (w: WallClock): Date => {
  const guess = asUtc(w)
  const offset = (at: number) => asUtc(wallClock(new Date(at))) - at
  const first = guess - offset(guess)
  return new Date(guess - offset(first))
}

/** A "floating" date whose UTC fields are the Warsaw wall clock: what `rrule` computes in. */
export const toFloating = (instant: Date): Date => new Date(asUtc(wallClock(instant)))

/** The real instant of a floating date. */
export const fromFloating = (floating: Date): Date =>
  fromWallClock({
    year: floating.getUTCFullYear(),
    month: floating.getUTCMonth() + 1,
    day: floating.getUTCDate(),
    hour: floating.getUTCHours(),
    minute: floating.getUTCMinutes(),
    second: floating.getUTCSeconds(),
  })

/** The Warsaw calendar day of an instant, as YYYY-MM-DD. */
export const warsawDay = (instant: Date): string => {
  const w = wallClock(instant)
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`
}
