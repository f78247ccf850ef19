import fs from 'node:fs'
import { skippedRecordSchema, type SkippedRecord } from '@ratusz/contract'

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
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch {
      continue // a line cut short (the build was killed mid-write) reports nothing
    }
    const record = skippedRecordSchema.safeParse(parsed)
    if (record.success) seen.set(`${record.data.collection}#${record.data.id}`, record.data)
  }
  return [...seen.values()]
}
