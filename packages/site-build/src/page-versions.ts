import fs from 'node:fs'
import path from 'node:path'
import { ownKey } from './regions'

type IncrementalManifest = {
  routes: Record<
    string,
    { dependencyHash: string; paths: Record<string, { cacheKey: string | number; outputFile: string }> }
  >
}

/** Astro's record of the last incremental build (experimental.incrementalBuild) in its cacheDir. */
export const incrementalManifest = (astroCache: string) => path.join(astroCache, 'incremental-build.json')

/**
 * The last versions read, by the manifest file's identity and time: the sitemap and the search index of one build
 * read the same manifest of tens of thousands of paths (in the warm renderer, at every publish), which is parsed
 * once. A copy is handed out, so a reader cannot change another's.
 */
let lastRead: { stamp: string; versions: ReadonlyMap<string, string> } | undefined

/**
 * What each keyed page of the last build was made from, by its file in the build (e.g.
 * `aktualnosci/dozynki/index.html`): its route's template hash and its cache key, read from Astro's incremental
 * build manifest. Two builds with the same version of a page wrote the same file, so what was derived from the
 * file before (its search index part, its links) still holds. Pages without a key are not listed; an unreadable
 * manifest gives an empty map (everything counts as changed).
 *
 * With `ownContent`, a version leaves out the digests of the page's site-wide regions (regions.ts): what is
 * derived from the page's own content only (its search index entry, its date in the sitemap) does not change
 * with the alerts banner. Whatever reads the whole file (the link check) needs the whole version.
 */
export const readPageVersions = (
  astroCache: string,
  { ownContent = false }: { ownContent?: boolean } = {},
): Map<string, string> => {
  const file = incrementalManifest(astroCache)
  let stamp: string
  try {
    const { ino, size, mtimeNs } = fs.statSync(file, { bigint: true })
    stamp = `${file}:${ino}:${size}:${mtimeNs}:${ownContent}`
  } catch {
    return new Map()
  }
  if (lastRead?.stamp !== stamp) lastRead = { stamp, versions: parseVersions(file, ownContent) }
  return new Map(lastRead.versions)
}

function parseVersions(file: string, ownContent: boolean): Map<string, string> {
  const versions = new Map<string, string>()
  let manifest: IncrementalManifest
  try {
    manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as IncrementalManifest
  } catch {
    return versions
  }
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const entry of Object.values(route.paths)) {
      const key = ownContent ? ownKey(String(entry.cacheKey)) : entry.cacheKey
      versions.set(entry.outputFile.replace(/^\//, ''), `${route.dependencyHash}:${key}`)
    }
  }
  return versions
}
