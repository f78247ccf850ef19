import fs from 'node:fs'
import path from 'node:path'

/**
 * State a build keeps for the next one as a JSON file in its cache (the sitemap's page dates, the search index's
 * searchable pages, the publisher's link check): tens of thousands of entries at 30,000 pages. The warm renderer
 * builds again and again in one process, and the publisher checks in one, so what this process wrote last is
 * kept parsed and handed back as long as the file is the one it wrote (same inode, size and time); anything else
 * reads the file. What is handed back is shared: read it, never change it. Strings kept in it from build to
 * build should be whole copies, not slices of bigger ones (see the sitemap's inOnePiece).
 */
const kept = new Map<string, { stamp: string; value: unknown }>()

/** Which file is at `file` now (inode, size, time in ns): another writer's file has another; none when absent. */
export const fileStamp = (file: string): string | undefined => {
  const stat = fs.statSync(file, { bigint: true, throwIfNoEntry: false })
  return stat && `${stat.ino}:${stat.size}:${stat.mtimeNs}`
}

/** The JSON in `file`, or `fallback` when there is none or it does not parse. Read-only (see above). */
export function readKeptJson<T>(file: string, fallback: T): T {
  const stamp = fileStamp(file)
  const last = kept.get(file)
  if (stamp !== undefined && last?.stamp === stamp) return last.value as T
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return fallback
  }
}

/** Writes `value` to `file` as JSON (a new file renamed over the old one) and keeps it for readKeptJson. */
export function writeKeptJson(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.new`
  fs.writeFileSync(temp, JSON.stringify(value))
  fs.renameSync(temp, file)
  const stamp = fileStamp(file)
  if (stamp === undefined) kept.delete(file)
  else kept.set(file, { stamp, value })
}
