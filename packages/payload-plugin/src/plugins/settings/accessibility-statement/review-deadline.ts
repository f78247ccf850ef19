import { warsawDay } from '@ratusz/warsaw-time'

/**
 * The yearly review rule of the accessibility statement: it must be reviewed (and updated if needed) at least
 * once a year, by 31 March. A review or update in the current calendar year (Europe/Warsaw) satisfies this
 * year's duty; otherwise the statement is "due" until 31 March and "overdue" after it.
 */

type ReviewState =
  { state: 'current' } | { state: 'due' | 'overdue'; year: number; lastReviewed: string | null }

const valid = (value: string | Date | null | undefined): value is string | Date =>
  value != null && value !== '' && !Number.isNaN(new Date(value).getTime())

/** The later of the update and review dates, as a Warsaw calendar day; null when neither is set. */
export const lastReviewedDay = (dates: readonly (string | Date | null | undefined)[]): string | null => {
  const days = dates
    .filter(valid)
    .map((date) => warsawDay(new Date(date)))
    .sort()
  return days.at(-1) ?? null
}

/** Whether the statement last updated or reviewed on `lastReviewed` (a Warsaw day) is current at `now`. */
export const reviewState = (lastReviewed: string | null, now: Date): ReviewState => {
  const today = warsawDay(now)
  const year = Number(today.slice(0, 4))
  if (lastReviewed && Number(lastReviewed.slice(0, 4)) >= year) return { state: 'current' }
  return { state: today <= `${year}-03-31` ? 'due' : 'overdue', year, lastReviewed }
}
