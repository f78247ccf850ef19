import { type Access, NotFound, type Where } from 'payload'

const publicOnly: Where = { public: { equals: true } }

/**
 * Signed-in users read every file; anyone else only public ones — in lists, by id and by file URL (original or
 * image size). A file URL that is not public answers 404, as if the file did not exist.
 */
export const publicFileOrSignedIn: Access = async ({ req, isReadingStaticFile, data }) => {
  if (req.user) return true
  if (!isReadingStaticFile) return publicOnly
  const filename = typeof data?.filename === 'string' ? data.filename : ''
  const collection = req.routeParams?.collection
  const collections: Record<string, (typeof req.payload.collections)[keyof typeof req.payload.collections]> =
    req.payload.collections
  const config = collections[String(collection)]?.config
  const names: Where[] = [{ filename: { equals: filename } }]
  for (const size of config?.upload && typeof config.upload === 'object'
    ? (config.upload.imageSizes ?? [])
    : [])
    names.push({ [`sizes.${size.name}.filename`]: { equals: filename } })
  const file = config
    ? await req.payload.db.findOne({
        collection: config.slug,
        req,
        where: { and: [{ or: names }, publicOnly] },
      })
    : null
  if (!file) throw new NotFound(req.t)
  return true
}
