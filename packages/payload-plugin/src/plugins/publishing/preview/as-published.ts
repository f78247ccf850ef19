import type { CollectionSlug, Payload } from 'payload'

/**
 * A draft as the site would read it once published (the preview renders that): `_status` published, and a
 * collection's `publishedAt`, when it has one and the draft none yet, set to now, as publishing sets it.
 */
export const asPublished = (
  payload: Payload,
  collection: string,
  draft: Record<string, unknown>,
): Record<string, unknown> => {
  const fields = payload.collections[collection as CollectionSlug]?.config.flattenedFields ?? []
  const datesPublication = fields.some((field) => field.name === 'publishedAt')
  return {
    ...draft,
    _status: 'published',
    ...(datesPublication && !draft.publishedAt ? { publishedAt: new Date().toISOString() } : {}),
  }
}
