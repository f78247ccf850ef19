import { fromWarsawDay, warsawDay, warsawMidnight } from '@ratusz/warsaw-time'

/** A period of whole Warsaw days, both ends included: a calendar year or any range. */
export type Period = {
  /** First day, YYYY-MM-DD. */
  from: string
  /** Last day, YYYY-MM-DD. */
  to: string
  /** The year when the period is exactly one calendar year. */
  year?: number
}

const DAY = /^\d{4}-\d{2}-\d{2}$/

const isRealDay = (day: string): boolean => {
  if (!DAY.test(day)) return false
  const date = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day
}

/** The calendar year as a period. */
export const yearPeriod = (year: number): Period => ({ from: `${year}-01-01`, to: `${year}-12-31`, year })

/**
 * The period a query asks for: `rok=2026`, or `od=2026-01-01&do=2026-06-30`. Throws a Polish message for the
 * admin when the query is not one of those. Without either: the current year on the Warsaw calendar.
 */
export const periodFromQuery = (params: URLSearchParams, today = new Date()): Period => {
  const year = params.get('rok')
  const from = params.get('od')
  const to = params.get('do')
  if (from || to) {
    if (!from || !to || !isRealDay(from) || !isRealDay(to))
      throw new Error('Podaj zakres jako dwa dni RRRR-MM-DD, np. od=2026-01-01 i do=2026-06-30.')
    if (from > to) throw new Error('Początek zakresu jest późniejszy niż jego koniec.')
    const asYear = from.endsWith('-01-01') && to === `${from.slice(0, 4)}-12-31`
    return asYear ? yearPeriod(Number(from.slice(0, 4))) : { from, to }
  }
  if (year) {
    if (!/^\d{4}$/.test(year) || Number(year) < 1990 || Number(year) > 2100)
      throw new Error('Podaj rok jako cztery cyfry, np. rok=2026.')
    return yearPeriod(Number(year))
  }
  return yearPeriod(Number(warsawDay(today).slice(0, 4)))
}

/** The period's bounds as instants: its first midnight and the midnight after its last day (Warsaw). */
export const periodInstants = (period: Period): { start: Date; end: Date } => ({
  start: fromWarsawDay(period.from),
  end: warsawMidnight(fromWarsawDay(period.to), 1),
})

/** The day before a Warsaw day, YYYY-MM-DD. */
export const dayBefore = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - 1)
  return date.toISOString().slice(0, 10)
}

/** The period in words: "rok 2026" or "1.01.2026–30.06.2026". */
export const periodLabel = (period: Period): string => {
  if (period.year) return `rok ${period.year}`
  const day = (iso: string) => {
    const [y, m, d] = iso.split('-')
    return `${Number(d)}.${m}.${y}`
  }
  return `${day(period.from)}–${day(period.to)}`
}
