import { z } from 'zod'
import { bipActor, bipDocumentContent } from './bip-document'
import { id, instant, relationId, timestamps } from './common'

/** What a register entry records: a first publication, a change, a withdrawal. */
export const bipChangeActions = ['publikacja', 'zmiana', 'wycofanie'] as const

/** `bip-changes`: one entry of the append-only register of changes, with the version's published content. */
export const bipChange = z.object({
  id,
  document: relationId,
  permanentId: z.string().min(1),
  title: z.string().min(1),
  version: z.number().int().positive(),
  action: z.enum(bipChangeActions),
  note: z.string().min(1),
  changedBy: bipActor,
  changedAt: instant,
  snapshot: bipDocumentContent,
  ...timestamps,
})

export type BipChange = z.infer<typeof bipChange>
