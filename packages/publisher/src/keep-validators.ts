import fs from 'node:fs'
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'

/** Files looked at between two turns of the event loop: a few milliseconds of `lstat`s each. */
const STAT_CHUNK = 2_048
/** Files compared at once: enough to keep the disk busy, few enough to leave the process responsive. */
const BATCH = 64

const sameBytes = async (a: string, b: string): Promise<boolean> => {
  const [left, right] = await Promise.all([fs.promises.readFile(a), fs.promises.readFile(b)])
  return left.equals(right)
}

/**
 * The files whose bytes may equal the previous release's file of the same name without sharing its time: both
 * regular files of one size, at different times. A file of a hardlink clone that the build left alone is the
 * previous release's very file (same time) and drops out here. Synchronous `lstat`s (a third of the time of
 * promised ones for 40,000 files), a chunk at a time with a turn of the event loop between.
 */
const candidates = async (
  built: string,
  files: readonly string[],
  previous: string,
  differ: ReadonlySet<string>,
) => {
  const found: string[] = []
  for (let start = 0; start < files.length; start += STAT_CHUNK) {
    if (start > 0) await nextTurn()
    for (const file of files.slice(start, start + STAT_CHUNK)) {
      if (differ.has(file)) continue
      const now = fs.lstatSync(path.join(built, file), { throwIfNoEntry: false })
      const before = fs.lstatSync(path.join(previous, file), { throwIfNoEntry: false })
      if (!before?.isFile() || !now?.isFile() || before.size !== now.size) continue
      if (before.mtimeMs !== now.mtimeMs) found.push(file)
    }
  }
  return found
}

/**
 * Gives every file of a new build whose bytes equal the same file in the previous release that file's
 * modification time back. The web server derives a page's validators (ETag, Last-Modified) from it, so a page
 * a build rewrote without changing keeps them, and browsers revalidating it get "304 Not Modified". Files of a
 * different size are told apart without reading them, and so are the files in `differ`: those the build wrote
 * knowing their bytes differ from the previous release's (the warm renderer's; a contact change of the same length
 * made 30,000 pages of unchanged size, each read twice here for nothing). Returns how many files kept their time.
 */
export const keepValidators = async (
  built: string,
  files: readonly string[],
  previous: string | undefined,
  differ: ReadonlySet<string> = new Set(),
): Promise<number> => {
  if (!previous || !fs.existsSync(previous)) return 0
  const toCompare = await candidates(built, files, previous, differ)
  let kept = 0
  for (let start = 0; start < toCompare.length; start += BATCH) {
    const results = await Promise.all(
      toCompare.slice(start, start + BATCH).map(async (file) => {
        const fresh = path.join(built, file)
        const old = path.join(previous, file)
        if (!(await sameBytes(fresh, old))) return false
        const before = await fs.promises.lstat(old)
        // seconds with their fraction: a Date would round the time to the millisecond
        await fs.promises.utimes(fresh, before.atimeMs / 1000, before.mtimeMs / 1000)
        return true
      }),
    )
    kept += results.filter(Boolean).length
  }
  return kept
}
