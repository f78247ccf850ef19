import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Field,
  GlobalAfterChangeHook,
} from 'payload'
import { collectFileRefs } from '../collect-file-refs'
import { emptyRefs } from '../file-collections'
import { ownerOf, syncFileUsage } from '../sync-file-usage'

const isPublished = (hasDrafts: boolean, doc: object | null): boolean =>
  Boolean(doc) && (!hasDrafts || (doc as { _status?: unknown })._status === 'published')

/**
 * After a record changes, the files its published state uses become (or stay) public and those it stopped
 * using lose it. The published state is read back from the collection itself: a draft saved over a published
 * record leaves the published record (and its files) as they were.
 */
export const trackFileUsageAfterChange =
  (fields: readonly Field[], hasDrafts: boolean): CollectionAfterChangeHook =>
  async ({ collection, doc, req }) => {
    const published = await req.payload.findByID({
      collection: collection.slug,
      id: doc.id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    const refs = isPublished(hasDrafts, published) ? collectFileRefs(fields, published) : emptyRefs()
    await syncFileUsage(req, ownerOf(collection.slug, doc.id), refs)
    return doc
  }

/** A deleted record uses no file any more. */
export const trackFileUsageAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await syncFileUsage(req, ownerOf(collection.slug, doc.id), emptyRefs())
  return doc
}

/** Globals (site settings, BIP settings): the files their published state uses are public. */
export const trackGlobalFileUsage =
  (fields: readonly Field[], hasDrafts: boolean): GlobalAfterChangeHook =>
  async ({ global, doc, req }) => {
    const published = hasDrafts
      ? await req.payload.findGlobal({ slug: global.slug, depth: 0, draft: false, overrideAccess: true, req })
      : doc
    const refs = isPublished(hasDrafts, published) ? collectFileRefs(fields, published) : emptyRefs()
    await syncFileUsage(req, ownerOf(global.slug), refs)
    return doc
  }
