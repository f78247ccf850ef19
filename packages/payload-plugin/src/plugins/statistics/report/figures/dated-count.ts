import type { CollectionSlug, Payload, Where } from 'payload'
import { periodInstants, type Period } from '../period'
import { installed } from './installed'

/** Only published records, in a collection with drafts (its main table holds the last published state). */
export const publishedOnly = (payload: Payload, collection: string): Where[] =>
  payload.collections[collection as CollectionSlug]?.config.versions?.drafts
    ? [{ _status: { equals: 'published' } }]
    : []

/**
 * How many records of a collection have `field` in the period (and match `where`); null when the collection is
 * not installed or holds no record with `field` on or before the period's end (Ratusz did not hold them yet).
 */
export const datedCount = async (
  payload: Payload,
  collection: string,
  field: string,
  period: Period,
): Promise<number | null> => {
  if (!installed(payload, collection)) return null
  const where = publishedOnly(payload, collection)
  const { start, end } = periodInstants(period)
  const count = async (conditions: Where[]) =>
    (
      await payload.count({
        collection: collection as CollectionSlug,
        where: { and: conditions },
        overrideAccess: true,
      })
    ).totalDocs
  const existedBy = await count([...where, { [field]: { less_than: end.toISOString() } }])
  if (existedBy === 0) return null
  return count([
    ...where,
    { [field]: { greater_than_equal: start.toISOString() } },
    { [field]: { less_than: end.toISOString() } },
  ])
}
