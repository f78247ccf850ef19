import fs from 'node:fs'
import path from 'node:path'
import { copyTree, removeTree } from './fs-child'
import { buildCacheDir, liveRelease, releasesDir } from './releases'

/*
 * A head start for the next build: once a release is live, a copy of it is kept in the build cache
 * (`cache/next-build/`), and the next publish builds into that copy instead of an empty folder, so an incremental
 * build writes only the pages that changed instead of copying every page from its cache. The copy is used only
 * when the last build is the one that made the live release: `cache/next-build.json` names that release and is
 * removed as every build starts, so after a failed build or a rollback the next one starts from an empty folder.
 */
const nextBuildDir = (sitesDir: string) => path.join(buildCacheDir(sitesDir), 'next-build')
const nextBuildFile = (sitesDir: string) => path.join(buildCacheDir(sitesDir), 'next-build.json')

/** Moves the prepared copy to `staging` when it still fits the live release; true when it did. */
export const takeNextBuild = async (sitesDir: string, staging: string): Promise<boolean> => {
  let base: string | undefined
  try {
    base = (JSON.parse(fs.readFileSync(nextBuildFile(sitesDir), 'utf8')) as { release?: string }).release
  } catch {
    // none prepared
  }
  fs.rmSync(nextBuildFile(sitesDir), { force: true })
  const dir = nextBuildDir(sitesDir)
  if (base !== undefined && base === liveRelease(sitesDir) && fs.existsSync(dir)) {
    fs.renameSync(dir, staging)
    return true
  }
  await removeTree(dir)
  return false
}

/** Copies the release that just went live into the next build's folder (without blocking the process). */
export const prepareNextBuild = async (sitesDir: string, releaseId: string): Promise<void> => {
  const dir = nextBuildDir(sitesDir)
  const partial = `${dir}.partial`
  await removeTree(dir)
  await removeTree(partial)
  await copyTree(path.join(releasesDir(sitesDir), releaseId), partial)
  await fs.promises.rename(partial, dir)
  await fs.promises.writeFile(nextBuildFile(sitesDir), JSON.stringify({ release: releaseId }))
}
