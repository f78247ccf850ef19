import type { PayloadRequest } from 'payload'
import { FILE_COLLECTIONS, type FileCollection, type FileRefs } from './file-collections'

type UsageRow = { id?: string | null; owner?: string | null }
type FileDoc = { id: number | string; publicByHand?: boolean | null; publicUsage?: UsageRow[] | null }

/** How a published record is named in a file's usage list: `articles:12`, `globals:site-settings`. */
export const ownerOf = (slug: string, id?: number | string): string =>
  id === undefined ? `globals:${slug}` : `${slug}:${id}`

const writeUsage = async (
  req: PayloadRequest,
  collection: FileCollection,
  file: FileDoc,
  rows: UsageRow[],
) => {
  // The file's own beforeChange hook (compute-public) sets `public` from the rows and `publicByHand`.
  await req.payload.update({
    collection,
    id: file.id,
    data: { publicUsage: rows },
    depth: 0,
    overrideAccess: true,
    context: { fileUsage: true },
    req,
  })
}

const rowsOf = (file: FileDoc): UsageRow[] => (file.publicUsage ?? []).filter((row) => Boolean(row.owner))

/**
 * Makes the files' usage lists say that `owner` (a published record) uses exactly `refs` now: the owner is
 * added to files it uses and removed from files it no longer uses (unpublished, deleted, or edited out). A file
 * is public while its list is not empty or an editor made it public by hand.
 */
export const syncFileUsage = async (req: PayloadRequest, owner: string, refs: FileRefs): Promise<void> => {
  for (const collection of FILE_COLLECTIONS) {
    const wanted = refs[collection]
    const { docs: listed } = await req.payload.find({
      collection,
      where: { 'publicUsage.owner': { equals: owner } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const listedIds = new Set(listed.map((file) => String(file.id)))
    for (const file of listed as FileDoc[]) {
      if (!wanted.has(String(file.id))) {
        await writeUsage(
          req,
          collection,
          file,
          rowsOf(file).filter((row) => row.owner !== owner),
        )
      }
    }
    const missing = [...wanted].filter((id) => !listedIds.has(id))
    if (missing.length === 0) continue
    const { docs: added } = await req.payload.find({
      collection,
      where: { id: { in: missing } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const file of added as FileDoc[])
      await writeUsage(req, collection, file, [...rowsOf(file), { owner }])
  }
}
