import fs from 'node:fs'
import path from 'node:path'
import { copyTree, linkTree, removeTree } from './fs-child'
import { buildCacheDir, liveRelease, releasesDir } from './releases'

/*
 * A head start for the next build: once a release is live, a copy of it is kept in the build cache
 * (`cache/next-build/`), and the next publish builds into that copy instead of an empty folder, so an incremental
 * build writes only the pages that changed instead of copying every page from its cache. The copy is used only
 * when the last build is the one that made the live release: `cache/next-build.json` names that release and is
 * removed as every build starts, so after a failed build or a rollback the next one starts from an empty folder.
 *
 * For a build that never writes a file in place (the warm renderer: it replaces a changed file by a temp file
 * renamed over it, and deletes the files that are gone), the head start is a hardlink clone instead of a copy
 * (`shared`): its files are those of the live release, so preparing it copies no bytes, and the files a publish
 * does not change are shared by the releases. A build that writes in place (Astro's) never gets a clone.
 */
/** The kind of head start a build can take: a copy, or a clone sharing the live release's files. */
export type NextBuildKind = 'copy' | 'shared'

const nextBuildDir = (sitesDir: string) => path.join(buildCacheDir(sitesDir), 'next-build')
const nextBuildFile = (sitesDir: string) => path.join(buildCacheDir(sitesDir), 'next-build.json')

/**
 * Moves the prepared copy to `staging` when it still fits the live release and is of the kind the build takes;
 * true when it did.
 */
export const takeNextBuild = async (
  sitesDir: string,
  staging: string,
  kind: NextBuildKind = 'copy',
): Promise<boolean> => {
  let prepared: { release?: string; kind?: NextBuildKind } = {}
  try {
    prepared = JSON.parse(fs.readFileSync(nextBuildFile(sitesDir), 'utf8')) as typeof prepared
  } catch {
    // none prepared
  }
  fs.rmSync(nextBuildFile(sitesDir), { force: true })
  const dir = nextBuildDir(sitesDir)
  if (
    prepared.release !== undefined &&
    prepared.release === liveRelease(sitesDir) &&
    (prepared.kind ?? 'copy') === kind &&
    fs.existsSync(dir)
  ) {
    fs.renameSync(dir, staging)
    return true
  }
  await removeTree(dir)
  return false
}

/**
 * Copies (or clones, `shared`) the release that just went live into the next build's folder (without blocking
 * the process).
 */
export const prepareNextBuild = async (
  sitesDir: string,
  releaseId: string,
  kind: NextBuildKind = 'copy',
): Promise<void> => {
  const dir = nextBuildDir(sitesDir)
  const partial = `${dir}.partial`
  await removeTree(dir)
  await removeTree(partial)
  const release = path.join(releasesDir(sitesDir), releaseId)
  await (kind === 'shared' ? linkTree(release, partial) : copyTree(release, partial))
  await fs.promises.rename(partial, dir)
  await fs.promises.writeFile(nextBuildFile(sitesDir), JSON.stringify({ release: releaseId, kind }))
}
