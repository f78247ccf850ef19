import type { CollectionSlug, PayloadRequest } from 'payload'

/** How many numbered variants ("slug-2" … ) to try before giving up and letting the unique index report it. */
const MAX_ATTEMPTS = 50

/**
 * Returns `slug`, or `slug-2`, `slug-3`, … : the first one no other document of the collection uses.
 * Used only for slugs made automatically; a slug an editor typed is kept and the unique index reports a clash.
 */
export const uniqueSlug = async ({
  slug,
  collection,
  id,
  req,
}: {
  slug: string
  collection: string
  id?: number | string
  req: PayloadRequest
}): Promise<string> => {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const candidate = attempt === 1 ? slug : `${slug}-${attempt}`
    const { totalDocs } = await req.payload.count({
      collection: collection as CollectionSlug,
      where:
        id === undefined
          ? { slug: { equals: candidate } }
          : { slug: { equals: candidate }, id: { not_equals: id } },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return candidate
  }
  return slug
}
