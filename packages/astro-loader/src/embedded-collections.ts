import { collections } from '@ratusz/contract'
import type { z } from 'zod'

/** The collection of each contract shape, by the shape itself (the first slug when two share one). */
const slugOfShape = new Map<unknown, string>()
for (const [slug, shape] of Object.entries(collections))
  if (!slugOfShape.has(shape)) slugOfShape.set(shape, slug)

const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === 'object' && value !== null && '_zod' in value

/** The schemas a schema is made of: an object's fields, an array's items, the inside of optional, pipes, unions… */
function partsOf(schema: z.ZodType): z.ZodType[] {
  const parts: z.ZodType[] = []
  for (const [key, value] of Object.entries(schema._zod.def)) {
    const values: unknown[] =
      key === 'shape' && typeof value === 'object' && value !== null
        ? Object.values(value)
        : Array.isArray(value)
          ? value
          : [value]
    parts.push(...values.filter(isSchema))
  }
  return parts
}

/**
 * The collections whose records are embedded in the records of `schema` (REST `depth=1`: covers, attachments,
 * categories, areas): every place where the schema holds a collection's contract shape. A change to any of them
 * changes the embedded copies without touching the records themselves, so the loader syncs in full then; found
 * from the contract, the list is the same for every relation and cannot forget one.
 */
export function embeddedCollections(schema: z.ZodType): string[] {
  const found = new Set<string>()
  const seen = new Set<z.ZodType>()
  const walk = (part: z.ZodType) => {
    if (seen.has(part)) return
    seen.add(part)
    const slug = part === schema ? undefined : slugOfShape.get(part)
    if (slug) found.add(slug)
    else partsOf(part).forEach(walk)
  }
  walk(schema)
  return [...found].sort()
}
