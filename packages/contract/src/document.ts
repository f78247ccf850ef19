import { z } from 'zod'
import { id, timestamps } from './common'

/**
 * An attachment (PDF, office document, archive) checked by content on upload: a record of `documents`, or of
 * `bip-files` (a public attachment of a published BIP document; others are never served). Both collections have
 * this one shape.
 */
export const document = z.object({
  id,
  title: z.string().min(1),
  url: z.string().min(1),
  filename: z.string().min(1),
  mimeType: z.string().min(1),
  filesize: z.number().int().nonnegative(),
  ...timestamps,
})

export type Document = z.infer<typeof document>
