import { z } from 'zod'
import { id, timestamps } from './common'

/** `bip-files`: a public attachment of a published BIP document (others are never served). */
export const bipFile = z.object({
  id,
  title: z.string().min(1),
  url: z.string().min(1),
  filename: z.string().min(1),
  mimeType: z.string().min(1),
  filesize: z.number().int().nonnegative(),
  ...timestamps,
})

export type BipFile = z.infer<typeof bipFile>
