import { z } from 'zod'
import { id, slug, timestamps } from './common'

export const areaKinds = ['solectwo', 'osiedle', 'grupa'] as const

/** `areas`: a sołectwo, an osiedle or a thematic group of residents such as "Zagrożenie powodziowe". */
export const area = z.object({
  id,
  name: z.string().min(1),
  slug,
  kind: z.enum(areaKinds),
  description: z.string().nullish(),
  ...timestamps,
})

export type Area = z.infer<typeof area>
