import { z } from 'zod'
import { area } from './area'
import { category } from './category'
import { id, instant, slug, timestamps } from './common'
import { document } from './document'
import { media } from './media'
import { richText } from './rich-text'

/** `articles` as the public reads them: published only, relations populated (REST `depth=1`). */
export const article = z.object({
  id,
  title: z.string().min(1),
  slug,
  lead: z.string().min(1),
  body: richText,
  cover: media.nullish(),
  categories: z
    .array(category)
    .nullish()
    .transform((value) => value ?? []),
  areas: z
    .array(area)
    .nullish()
    .transform((value) => value ?? []),
  attachments: z
    .array(document)
    .nullish()
    .transform((value) => value ?? []),
  featured: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  author: z.string().min(1),
  publishedAt: instant,
  _status: z.literal('published').optional(),
  ...timestamps,
})

export type Article = z.infer<typeof article>
