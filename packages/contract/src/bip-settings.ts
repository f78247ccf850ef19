import { z } from 'zod'
import { richText } from './rich-text'

/** The `bip-settings` global: the redakcja (§ 11) and the texts of two required pages. */
export const bipSettings = z.object({
  publisher: z.string().min(1),
  editorialAddress: z.string().min(1),
  editors: z
    .array(
      z.object({
        name: z.string().min(1),
        position: z.string().nullish(),
        phone: z.string().min(1),
        email: z.email(),
      }),
    )
    .min(1),
  instructions: richText,
  notPublished: richText,
  updatedAt: z.iso.datetime({ offset: true }).nullish(),
})

export type BipSettings = z.infer<typeof bipSettings>
