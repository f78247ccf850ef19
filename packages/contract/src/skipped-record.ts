import { z } from 'zod'

/**
 * The variable that names the file where a site build reports the records it left out: the publisher sets it,
 * the site's loaders append one JSON line per record, and the publisher reads the file back for the publish log.
 */
export const SKIPPED_RECORDS_FILE_ENV = 'RATUSZ_SKIPPED_RECORDS_FILE'

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
