import { wallClock } from '@ratusz/warsaw-time'
import type { CollectionBeforeValidateHook } from 'payload'
import { transliterate } from '../../../../shared/transliterate'

/** "3/2022" → "3-2022", "Wydanie specjalne 1/2022" → "wydanie-specjalne-1-2022": the number in the URL. */
export const numberSegment = (number: string): string => transliterate(number)

const yearOf = (date: unknown): number | undefined => {
  if (typeof date !== 'string' && !(date instanceof Date)) return undefined
  const parsed = new Date(date)
  if (Number.isNaN(parsed.getTime())) return undefined
  return wallClock(parsed).year
}

/**
 * Fills what follows from the editor's input: the URL segment from the number, and the year from the
 * publication date (in Warsaw time) when the editor left it empty.
 */
export const deriveIssueFields: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data) return data
  const next = { ...data }
  const number = typeof next.number === 'string' ? next.number : originalDoc?.number
  if (typeof number === 'string' && number.trim()) next.urlSegment = numberSegment(number.trim())
  const hasYear = typeof next.year === 'number' || (next.year === undefined && originalDoc?.year)
  if (!hasYear) {
    const year = yearOf(next.publishedOn ?? originalDoc?.publishedOn)
    if (year) next.year = year
  }
  return next
}
