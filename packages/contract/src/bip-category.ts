import { z } from 'zod'
import { id, relationId, slug, timestamps } from './common'

/** `bip-categories`: an item of the BIP menu tree; `parent` is read as an id at any REST depth. */
export const bipCategory = z.object({
  id,
  name: z.string().min(1),
  slug,
  menu: z.enum(['podmiotowe', 'przedmiotowe']),
  parent: relationId.nullish().transform((value) => value ?? null),
  order: z.number(),
  about: z.string().nullish(),
  ...timestamps,
})

export type BipCategory = z.infer<typeof bipCategory>
