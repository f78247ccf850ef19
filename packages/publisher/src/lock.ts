import fs from 'node:fs'
import lockfile from 'proper-lockfile'

/**
 * Runs `work` while holding the sites folder's publish lock, so two builds never run at once, whichever process
 * starts them (the CMS's job runner, the `publish` command). A second caller waits for the first. A lock left by
 * a process that died goes stale after `staleMs` and is taken over.
 */
export const withPublishLock = async <T>(
  sitesDir: string,
  work: () => Promise<T>,
  staleMs = 60_000,
): Promise<T> => {
  fs.mkdirSync(sitesDir, { recursive: true })
  const release = await lockfile.lock(sitesDir, {
    lockfilePath: `${sitesDir}/.publish.lock`,
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
