import { DATE_YEARS, withinDateYears } from '@ratusz/contract'
import type { PayloadRequest } from 'payload'
import { message } from './i18n'

/** What is wrong with a date the site could not show (outside DATE_YEARS), or undefined; empty dates pass. */
export const dateBoundsProblem = (
  value: unknown,
  req: Partial<Pick<PayloadRequest, 'i18n'>> | null | undefined,
): string | undefined => {
  if (value === null || value === undefined || value === '') return undefined
  const iso =
    value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : String(value)
  if (Number.isNaN(Date.parse(iso))) return undefined // Payload's own check names an unreadable date
  return withinDateYears(iso)
    ? undefined
    : message(req, (t) => t.messages.dateOutOfRange, {
        earliest: DATE_YEARS.earliest,
        latest: DATE_YEARS.latest,
      })
}
