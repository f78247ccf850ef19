import type { CollectionSlug, Payload, Where } from 'payload'

export type SeedTally = { created: number; kept: number }

/**
 * Returns the document that `where` finds, or creates it with `create()`: what makes the seed idempotent.
 * Drafts count too, so a second run never duplicates an unpublished demo article.
 */
export const findOrCreate = async <T extends { id: number | string }>(
  payload: Payload,
  tally: SeedTally,
  collection: CollectionSlug,
  where: Where,
  create: () => Promise<T>,
): Promise<T> => {
  const found = await payload.find({ collection, where, limit: 1, depth: 0, draft: true, pagination: false })
  const existing = found.docs[0] as T | undefined
  if (existing) {
    tally.kept += 1
    return existing
  }
  tally.created += 1
  return create()
}
