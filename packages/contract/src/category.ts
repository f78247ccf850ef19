import { z } from 'zod'
import { id, slug, timestamps } from './common'

/** `categories`: a topic of news (Inwestycje, Oświata, …). */
export const category = z.object({
  id,
  name: z.string().min(1),
  slug,
  description: z.string().nullish(),
  ...timestamps,
})

export type Category = z.infer<typeof category>
