import fs from 'node:fs'
import lockfile from 'proper-lockfile'

/**
 * Runs `work` holding the lock file `<dir>/.<name>.lock`, whichever process asks: a second caller waits for the
 * first; a lock left by a process that died goes stale after `staleMs` and is taken over.
 */
export const withLock = async <T>(
  dir: string,
  name: string,
  work: () => Promise<T>,
  staleMs = 60_000,
): Promise<T> => {
  fs.mkdirSync(dir, { recursive: true })
  const release = await lockfile.lock(dir, {
    lockfilePath: `${dir}/.${name}.lock`,
    stale: staleMs,
    update: staleMs / 4,
    retries: { retries: 1_000, minTimeout: 200, maxTimeout: 2_000 },
  })
  try {
    return await work()
  } finally {
    await release()
  }
}

/** The sites folder's publish lock: two publishes never run at once (the CMS's job runner, `pnpm publish:site`). */
export const withPublishLock = <T>(sitesDir: string, work: () => Promise<T>, staleMs = 60_000): Promise<T> =>
  withLock(sitesDir, 'publish', work, staleMs)
