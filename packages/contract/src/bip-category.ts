import { z } from 'zod'
import { id, relationId, slug, timestamps } from './common'

/** The two menus of a BIP: about the body (podmiotowe) and about its matters (przedmiotowe). */
export const bipMenus = ['podmiotowe', 'przedmiotowe'] as const

/** `bip-categories`: an item of the BIP menu tree; `parent` is read as an id at any REST depth. */
export const bipCategory = z.object({
  id,
  name: z.string().min(1),
  slug,
  menu: z.enum(bipMenus),
  parent: relationId.nullish().transform((value) => value ?? null),
  order: z.number(),
  about: z.string().nullish(),
  ...timestamps,
})

export type BipCategory = z.infer<typeof bipCategory>
