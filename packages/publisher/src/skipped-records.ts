import fs from 'node:fs'

/**
 * The variable that tells the site's loaders where to report the records they left out of a build, one JSON line
 * per record (written by `packages/astro-loader/src/skipped-records.ts`, which defines the same name and shape).
 */
export const SKIPPED_RECORDS_FILE_ENV = 'RATUSZ_SKIPPED_RECORDS_FILE'

/** A record the build left out because it breaks the site's contract; the rest of the site was published. */
export type SkippedRecord = {
  collection: string
  id: string
  field: string
  problem: string
  /** Whether the site still shows the record's last good version. */
  keptPrevious: boolean
}

/** The records reported in `file`, each once (a record is reported by every loader sync that meets it). */
export const readSkippedRecords = (file: string): SkippedRecord[] => {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return []
  }
  const seen = new Map<string, SkippedRecord>()
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    try {
      const record = JSON.parse(line) as SkippedRecord
      seen.set(`${record.collection}#${record.id}`, record)
    } catch {
      // a line cut short (the build was killed mid-write) reports nothing
    }
  }
  return [...seen.values()]
}
