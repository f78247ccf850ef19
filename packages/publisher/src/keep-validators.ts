import fs from 'node:fs'
import path from 'node:path'

/** Files compared at once: enough to keep the disk busy, few enough to leave the process responsive. */
const BATCH = 64

const sameBytes = async (a: string, b: string): Promise<boolean> => {
  const [left, right] = await Promise.all([fs.promises.readFile(a), fs.promises.readFile(b)])
  return left.equals(right)
}

/**
 * Gives every file of a new build whose bytes equal the same file in the previous release that file's
 * modification time back. The web server derives a page's validators (ETag, Last-Modified) from it, so a page
 * a build rewrote without changing keeps them, and browsers revalidating it get "304 Not Modified". Files of a
 * different size are told apart without reading them. Returns how many files kept their time.
 */
export const keepValidators = async (
  built: string,
  files: readonly string[],
  previous: string | undefined,
): Promise<number> => {
  if (!previous || !fs.existsSync(previous)) return 0
  let kept = 0
  for (let start = 0; start < files.length; start += BATCH) {
    const results = await Promise.all(
      files.slice(start, start + BATCH).map(async (file) => {
        const fresh = path.join(built, file)
        const old = path.join(previous, file)
        const [now, before] = await Promise.all([
          fs.promises.lstat(fresh),
          fs.promises.lstat(old).catch(() => null),
        ])
        if (!before?.isFile() || !now.isFile() || before.size !== now.size) return false
        if (before.mtimeMs === now.mtimeMs || !(await sameBytes(fresh, old))) return false
        // seconds with their fraction: a Date would round the time to the millisecond
        await fs.promises.utimes(fresh, before.atimeMs / 1000, before.mtimeMs / 1000)
        return true
      }),
    )
    kept += results.filter(Boolean).length
  }
  return kept
}
