import fs from 'node:fs'
import path from 'node:path'

/**
 * State a build keeps for the next one as a JSON file in its cache (the sitemap's page dates, the search index's
 * searchable pages, the publisher's link check): tens of thousands of entries at 30,000 pages. The warm renderer
 * builds again and again in one process, and the publisher checks in one, so what this process wrote last is
 * kept parsed and handed back as long as the file is the one it wrote (same inode, size and time); anything else
 * reads the file. What is handed back is shared: read it, never change it. Strings kept in it from build to
 * build should be whole copies, not slices of bigger ones (see the sitemap's inOnePiece).
 *
 * What this process wrote last, by file, and the writes held back (deferKeptWrites) are on `globalThis`: the
 * site's integrations load this module through Vite, the warm renderer through Node, and both must see the same.
 */
const KEPT = Symbol.for('ratusz.site-build.kept-json')
type Kept = { written: Map<string, { stamp: string; value: unknown }>; deferred?: Map<string, unknown> }
const memo = globalThis as { [KEPT]?: Kept }
const state = (): Kept => (memo[KEPT] ??= { written: new Map() })

/** Which file is at `file` now (inode, size, time in ns): another writer's file has another; none when absent. */
export const fileStamp = (file: string): string | undefined => {
  const stat = fs.statSync(file, { bigint: true, throwIfNoEntry: false })
  return stat && `${stat.ino}:${stat.size}:${stat.mtimeNs}`
}

/** The JSON in `file`, or `fallback` when there is none or it does not parse. Read-only (see above). */
export function readKeptJson<T>(file: string, fallback: T): T {
  const pending = state().deferred
  if (pending?.has(file)) return pending.get(file) as T
  const stamp = fileStamp(file)
  const last = state().written.get(file)
  if (stamp !== undefined && last?.stamp === stamp) return last.value as T
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return fallback
  }
}

/**
 * Writes `value` to `file` as JSON (a new file renamed over the old one) and keeps it for readKeptJson; while
 * writes are deferred, only keeps it, to be written by flushKeptWrites.
 */
export function writeKeptJson(file: string, value: unknown): void {
  const pending = state().deferred
  if (pending) pending.set(file, value)
  else writeNow(file, value)
}

/**
 * From now until flushKeptWrites, writeKeptJson only keeps what it is given (readKeptJson hands it back): the warm
 * renderer writes a render's state after it has answered (the sitemap's dates and the search index's searchable
 * pages, tens of thousands of entries each, 0.1 s of a publish), not before. Its own cache only: nothing else reads
 * it, and a renderer that stops before writing starts again from a first build.
 */
export function deferKeptWrites(): void {
  state().deferred ??= new Map()
}

/** Writes what writeKeptJson kept since deferKeptWrites, and writes at once again from now on. */
export function flushKeptWrites(): void {
  const pending = state().deferred
  delete state().deferred
  for (const [file, value] of pending ?? []) writeNow(file, value)
}

function writeNow(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.new`
  fs.writeFileSync(temp, JSON.stringify(value))
  fs.renameSync(temp, file)
  const stamp = fileStamp(file)
  if (stamp === undefined) state().written.delete(file)
  else state().written.set(file, { stamp, value })
}
