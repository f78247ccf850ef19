import { z } from 'zod'
import { DATE_YEARS, withinDateYears } from './limits'

/** Payload ids: serial integers on PostgreSQL and SQLite; strings when a gmina configures UUIDs. */
export const id = z.union([z.number().int(), z.string().min(1)])

/** An ISO 8601 instant as Payload returns it (UTC, e.g. 2025-06-14T16:00:00.000Z), within DATE_YEARS. */
export const instant = z.iso
  .datetime({ offset: true, abort: true })
  .refine(withinDateYears, `must lie between the years ${DATE_YEARS.earliest} and ${DATE_YEARS.latest}`)

/** A URL slug: lower-case ASCII words joined by hyphens (Polish letters transliterated). */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "zolta-laka"')

/** Fields every collection record carries. */
export const timestamps = {
  createdAt: instant,
  updatedAt: instant,
}

/** A relation as REST gives it: the id at `depth=0`, the related record at `depth>=1`; always read as the id. */
export const relationId = z
  .union([id, z.looseObject({ id })])
  .transform((value) => (typeof value === 'object' ? value.id : value))
