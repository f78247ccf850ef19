import fs from 'node:fs'
import path from 'node:path'
import { fileStamp } from './kept-json'
import { ownKey } from './regions'

/** Astro's incremental manifest, as far as it is read here. */
export type IncrementalManifest = {
  routes: Record<
    string,
    { dependencyHash: string; paths: Record<string, { cacheKey: string | number; outputFile: string }> }
  >
}

/** Astro's record of the last incremental build (experimental.incrementalBuild) in its cacheDir. */
export const incrementalManifest = (astroCache: string) => path.join(astroCache, 'incremental-build.json')

/**
 * The manifest last read or handed over (keepManifest) in this process, by the file's identity and time, with the
 * versions made from it: the sitemap and the search index of one build read the same manifest of tens of
 * thousands of paths (in the warm renderer, at every publish), which is parsed once, or not at all when the
 * renderer has just written it. On `globalThis`: the site's integrations load this module through Vite, the
 * renderer through Node, and both must see the same memo. The versions handed out are shared: read them only.
 * A manifest handed over with its changes from the one before keeps that one's versions (`before`) until its own
 * are made from them.
 */
const MEMO = Symbol.for('ratusz.site-build.incremental-manifest')
type Versions = Map<boolean, Map<string, string>>
type Memo = {
  stamp: string
  manifest: IncrementalManifest
  versions: Versions
  before?: { versions: Versions; changes: ManifestChanges }
}

/** A path's entry of the manifest as a version is made of it. */
type VersionParts = { dependencyHash: string; cacheKey: string | number }

/**
 * How a manifest differs from the one it was made from (`since`): each changed path's new entry by file, as the
 * readers name files (undefined: the path has no key), and the files gone.
 */
export type ManifestChanges = {
  since: IncrementalManifest
  changed: ReadonlyMap<string, VersionParts | undefined>
  deleted: readonly string[]
}
const memo = globalThis as { [MEMO]?: Memo }

/** The manifest file's path and stamp: the memo holds one manifest, of whichever cache was read last. */
const stampOf = (file: string): string | undefined => {
  const stamp = fileStamp(file)
  return stamp && `${file}:${stamp}`
}

/**
 * Astro's incremental manifest as this process holds it for `astroCache`, in place of the file there (the warm
 * renderer's, after each render: it keeps its manifest in memory, the file stays its first build's): the next
 * readPageVersions takes it as it is, until the file there changes. Not to be changed afterwards. With `changes`
 * from the manifest held before, the versions are made from that one's by those changes (the warm renderer's next
 * manifest differs in a few paths of 30,000), not from every path.
 */
export const keepManifest = (
  astroCache: string,
  manifest: IncrementalManifest,
  changes?: ManifestChanges,
): void => {
  const stamp = stampOf(incrementalManifest(astroCache))
  const last = memo[MEMO]
  if (stamp === undefined) delete memo[MEMO]
  else
    memo[MEMO] = {
      stamp,
      manifest,
      versions: new Map(),
      before: changes && last?.manifest === changes.since ? { versions: last.versions, changes } : undefined,
    }
}

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
): ReadonlyMap<string, string> => {
  const file = incrementalManifest(astroCache)
  const stamp = stampOf(file)
  if (stamp === undefined) return new Map()
  let last = memo[MEMO]
  if (last?.stamp !== stamp) last = memo[MEMO] = { stamp, manifest: readManifest(file), versions: new Map() }
  let versions = last.versions.get(ownContent)
  if (!versions) {
    const before = last.before?.versions.get(ownContent)
    versions = before
      ? changedVersions(before, last.before!.changes, ownContent)
      : versionsOf(last.manifest, ownContent)
    last.versions.set(ownContent, versions)
    // the last manifest's versions are let go once every kind made of them is made anew
    if (last.before && [...last.before.versions.keys()].every((kind) => last.versions.has(kind)))
      delete last.before
  }
  return versions
}

function readManifest(file: string): IncrementalManifest {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as IncrementalManifest
  } catch {
    return { routes: {} }
  }
}

/** A file as the readers name it, on disk (`ż`), from the manifest's URL-encoded name (`/%C5%BC/index.html`). */
const fileOf = (outputFile: string) => {
  const file = outputFile.replace(/^\//, '')
  try {
    return decodeURI(file)
  } catch {
    return file
  }
}

/** A path's version: its template's hash and its key (of its own content: the key without its regions' digests). */
const versionOf = ({ dependencyHash, cacheKey }: VersionParts, ownContent: boolean) =>
  `${dependencyHash}:${ownContent ? ownKey(String(cacheKey)) : cacheKey}`

/** Each page's version in `manifest`. */
function versionsOf(manifest: IncrementalManifest, ownContent: boolean): Map<string, string> {
  const versions = new Map<string, string>()
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const entry of Object.values(route.paths)) {
      versions.set(fileOf(entry.outputFile), versionOf({ ...route, ...entry }, ownContent))
    }
  }
  return versions
}

/** The versions `before` with `changes` made. */
function changedVersions(
  before: ReadonlyMap<string, string>,
  { changed, deleted }: ManifestChanges,
  ownContent: boolean,
): Map<string, string> {
  const versions = new Map(before)
  for (const [file, parts] of changed) {
    if (parts) versions.set(file, versionOf(parts, ownContent))
    else versions.delete(file)
  }
  for (const file of deleted) versions.delete(file)
  return versions
}
