import { z } from 'zod'

/** A record a build left out because it breaks the site's contract; the rest of the site was published. */
export const skippedRecordSchema = z.object({
  collection: z.string(),
  id: z.string(),
  /** The first bad field, dotted (`body.root.children`), and what is wrong with it. */
  field: z.string(),
  problem: z.string(),
  /** Whether the site still shows the record's last good version from an earlier build. */
  keptPrevious: z.boolean(),
})

export type SkippedRecord = z.infer<typeof skippedRecordSchema>
