import type { CollectionSlug, GlobalSlug, PayloadRequest } from 'payload'
import { canReferenceFiles, collectFileRefs } from './collect-file-refs'
import { emptyRefs, isFileCollection } from './file-collections'
import { ownerOf, syncFileUsage } from './sync-file-usage'

const hasDrafts = (versions: unknown): boolean =>
  typeof versions === 'object' && versions !== null && Boolean((versions as { drafts?: unknown }).drafts)

const contentCollections = (req: PayloadRequest) =>
  req.payload.config.collections.filter(
    (collection) =>
      !isFileCollection(collection.slug) &&
      !collection.slug.startsWith('payload-') &&
      canReferenceFiles(collection.fields),
  )

/**
 * Whether anyone has used this database: content is written by signed-in editors, or by the seed, which
 * creates the users first. Only the users' own table is read, which every migration before this one has.
 */
const inUse = async (req: PayloadRequest): Promise<boolean> => {
  const users = req.payload.config.admin.user as CollectionSlug
  const { totalDocs } = await req.payload.count({ collection: users, overrideAccess: true, req })
  return totalDocs > 0
}

/**
 * Computes every file's usage from the published content already in the database: for the migration that
 * introduces file publicity, so files existing content uses stay public. Safe to run again.
 *
 * It reads records through today's schema, which may hold fields of migrations after this one: a new, empty
 * database (the usual case: every fresh install runs all migrations in a row) is therefore left alone.
 */
export const backfillFileUsage = async (req: PayloadRequest): Promise<void> => {
  const { payload } = req
  if (!(await inUse(req))) return
  for (const collection of contentCollections(req)) {
    const drafts = hasDrafts(collection.versions)
    const { docs } = await payload.find({
      collection: collection.slug as CollectionSlug,
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as unknown as Array<Record<string, unknown> & { id: number | string }>) {
      const published = !drafts || doc._status === 'published'
      const refs = published ? collectFileRefs(collection.fields, doc) : emptyRefs()
      await syncFileUsage(req, ownerOf(collection.slug, doc.id), refs)
    }
  }
  for (const global of payload.config.globals) {
    if (!canReferenceFiles(global.fields)) continue
    const doc = (await payload.findGlobal({
      slug: global.slug as GlobalSlug,
      depth: 0,
      draft: false,
      overrideAccess: true,
      req,
    })) as unknown as Record<string, unknown>
    const published = !hasDrafts(global.versions) || doc._status === 'published'
    await syncFileUsage(
      req,
      ownerOf(global.slug),
      published ? collectFileRefs(global.fields, doc) : emptyRefs(),
    )
  }
}
