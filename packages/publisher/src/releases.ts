import fs from 'node:fs'
import path from 'node:path'
import { removeTree } from './fs-child'

/**
 * The layout of a sites folder:
 *   releases/<id>/   one complete build of the site each, never changed after it went live
 *   live             a symlink to the release being served; switched atomically
 *   cache/           what a build keeps for the next one (Astro's content store and incremental build cache,
 *                    the search index parts); deleting it only makes the next build a full one
 */
export const releasesDir = (sitesDir: string) => path.join(sitesDir, 'releases')
export const buildCacheDir = (sitesDir: string) => path.join(sitesDir, 'cache')
export const liveLink = (sitesDir: string) => path.join(sitesDir, 'live')

/** A sortable, unique release id: the UTC time to the millisecond plus the process id. */
export const newReleaseId = (now = new Date()): string =>
  `${now.toISOString().replace(/[-:]/g, '').replace('.', '-')}-${process.pid}`

/** Release ids, oldest first. */
export const listReleases = (sitesDir: string): string[] => {
  const dir = releasesDir(sitesDir)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()
}

/** The id of the release being served, or undefined before the first publish. */
export const liveRelease = (sitesDir: string): string | undefined => {
  try {
    return path.basename(fs.readlinkSync(liveLink(sitesDir)))
  } catch {
    return undefined
  }
}

/**
 * Points `live` at a release in one step: a new symlink is made beside it and renamed over it (rename is atomic
 * on POSIX), so a reader sees the old release or the new one, never neither.
 */
export const switchLive = (sitesDir: string, releaseId: string): void => {
  const target = path.join('releases', releaseId)
  if (!fs.existsSync(path.join(sitesDir, target))) throw new Error(`release ${releaseId} does not exist`)
  const temporary = `${liveLink(sitesDir)}.${process.pid}.${Date.now()}`
  fs.symlinkSync(target, temporary)
  fs.renameSync(temporary, liveLink(sitesDir))
}

/** Deletes the oldest releases beyond `keep`, never the live one. */
export const pruneReleases = async (sitesDir: string, keep: number): Promise<string[]> => {
  const live = liveRelease(sitesDir)
  const candidates = listReleases(sitesDir).filter((id) => id !== live)
  const excess = candidates.slice(0, Math.max(0, candidates.length - (keep - 1)))
  for (const id of excess) await removeTree(path.join(releasesDir(sitesDir), id))
  return excess
}
