import type { CollectionBeforeChangeHook } from 'payload'

/**
 * `publishedAt` is set to now when a document is first published (by an editor or by a scheduled publish job)
 * and kept afterwards: later edits, unpublishing and republishing do not move it. An editor may still set it by
 * hand, e.g. to correct the date shown on the site.
 */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data.publishedAt) return data
  if (originalDoc?.publishedAt) return { ...data, publishedAt: originalDoc.publishedAt }
  const status = data._status ?? originalDoc?._status
  return status === 'published' ? { ...data, publishedAt: new Date().toISOString() } : data
}
