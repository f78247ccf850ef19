import type { Payload } from 'payload'

/**
 * The `name` of every record of a collection by its id (as a string), for counts that show names; empty when the
 * collection is not installed.
 */
export const namesById = async (payload: Payload, collection: string): Promise<Map<string, string>> => {
  if (!payload.config.collections.some((entry) => entry.slug === collection)) return new Map()
  const found = await payload.find({
    collection: collection as never,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Map(
    (found.docs as unknown as { id: number | string; name: string }[]).map((doc) => [
      String(doc.id),
      doc.name,
    ]),
  )
}
