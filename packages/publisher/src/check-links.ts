import fs from 'node:fs'
import path from 'node:path'
import { findRegion, readKeptJson, replaceSpans, splitKey, writeKeptJson } from '@ratusz/site-build'

type BrokenLink = { page: string; href: string }

/** Each page's version (see readPageVersions), by file: asked for the pages the check reads. */
export type PageVersionLookup = Pick<ReadonlyMap<string, string>, 'get'>

const attribute = /\s(?:href|src)="([^"]*)"|\ssrcset="([^"]*)"/g

/**
 * Every file below a folder, as paths relative to it. Its own walk: `readdirSync`'s `recursive` option and
 * `path.relative` took 0.6–0.8 s for a 30,000-page site (a folder per page), this 0.26 s.
 */
export const filesBelow = (dir: string): string[] => {
  const files: string[] = []
  const walk = (folder: string, relative: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const name = relative === '' ? entry.name : `${relative}${path.sep}${entry.name}`
      if (entry.isDirectory()) walk(path.join(folder, entry.name), name)
      else if (entry.isFile()) files.push(name)
    }
  }
  walk(dir, '')
  return files
}

/** The internal targets (starting with one "/") a page links to or loads: href, src and srcset URLs. */
const internalTargets = (html: string): string[] => {
  const targets: string[] = []
  for (const match of html.matchAll(attribute)) {
    const values =
      match[1] !== undefined ? [match[1]] : match[2]!.split(',').map((part) => part.trim().split(/\s+/)[0]!)
    for (const value of values) if (value.startsWith('/') && !value.startsWith('//')) targets.push(value)
  }
  return targets
}

/** Whether a URL path is served by one of the release's files, the way a static server maps them. */
const resolves = (files: ReadonlySet<string>, urlPath: string): boolean => {
  let pathname: string
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0]!)
  } catch {
    return false
  }
  const file = path.posix.normalize(pathname).replace(/^\/+/, '')
  if (file.startsWith('..')) return false
  return files.has(pathname.endsWith('/') ? path.posix.join(file, 'index.html') : file)
}

/**
 * What makes the check incremental: the version of each page (see readPageVersions) and a file that keeps, from
 * the last check, each page's version and internal targets. A page with the same version as then is not read
 * again; every target of every page is still checked against this release's files, so a page that was removed
 * is found broken wherever it is linked from. A version with site-wide regions' digests (an alert banner, the
 * footer's contact details: `@ratusz/site-build` regions) counts in two parts: the page's own part, whose targets
 * are kept per page, and each region's, whose targets are kept once per region and digest (the region is the
 * same on every page that has its digest), so a new banner is read from one page, not from 30,000.
 */
type LinkCheckReuse = {
  pageVersions: PageVersionLookup
  cacheFile: string
  /** How the new cache is written: handed the write to call later (the publisher: once the release is live). */
  keepCache?: (write: () => void) => void
  /** The release being checked, named in the cache it leaves (see `since`). */
  release?: string
  /**
   * The release this one was made from in a copy, and every file the build wrote and deleted there (the warm
   * renderer's report). If the cache is that release's check, which passed (the release went live), only the pages
   * written are checked: every other page is as it was, and each of its links still leads to a file (when files
   * were deleted: every target in the cache's table still leads to one). Otherwise, and after a rollback, every
   * page is.
   */
  since?: { release: string; written: readonly string[]; deleted: readonly string[] }
}

/**
 * The cache file: a table of targets; per page its own version and indexes into that table (of the page without
 * its regions' contents); per region (`name=digest`) the indexes of its contents' targets. A check adds the
 * targets it has not seen to the end of the last check's table, so a page it does not read keeps its indexes as
 * they are, and each target is resolved once however many pages link to it; once the table holds twice the
 * targets still linked, it is renumbered. (At 30,000 pages the whole check went from 0.6 s to 0.3 s.)
 */
type LinkCache = {
  /** The release whose check left this cache (it went live). */
  release?: string
  targets: string[]
  pages: Record<string, [version: string, targets: number[]]>
  regions: Record<string, number[]>
}

const emptyCache = (): LinkCache => ({ targets: [], pages: {}, regions: {} })

/** The last check's cache (kept parsed in this process while the file is the one it wrote: read it only). */
const readLinkCache = (file: string): LinkCache => {
  const cache = readKeptJson<Partial<LinkCache>>(file, {})
  return {
    release: cache.release,
    targets: cache.targets ?? [],
    pages: cache.pages ?? {},
    regions: cache.regions ?? {},
  }
}

/**
 * Each cache's table of targets (by the table, as readLinkCache hands it out) made into an index of targets, kept
 * for the next check in this process (the warm publisher checks at every publish; 40,000 targets).
 */
const targetIndexes = new WeakMap<readonly string[], Map<string, number>>()

/** The cache without the targets no page links to any more, when they are half of its table or more. */
const compacted = (cache: LinkCache): LinkCache => {
  const linked = new Uint8Array(cache.targets.length)
  const lists = [...Object.values(cache.pages).map(([, indexes]) => indexes), ...Object.values(cache.regions)]
  for (const indexes of lists) for (const index of indexes) linked[index] = 1
  const inUse = linked.reduce((sum, flag) => sum + flag, 0)
  if (inUse * 2 > cache.targets.length) return cache
  const renumbered = new Int32Array(cache.targets.length)
  const targets: string[] = []
  cache.targets.forEach((target, index) => {
    if (linked[index]) renumbered[index] = targets.push(target) - 1
  })
  const renumber = (indexes: number[]) => indexes.map((index) => renumbered[index]!)
  const pages: LinkCache['pages'] = {}
  for (const [page, [version, indexes]] of Object.entries(cache.pages))
    pages[page] = [version, renumber(indexes)]
  const regions: LinkCache['regions'] = {}
  for (const [region, indexes] of Object.entries(cache.regions)) regions[region] = renumber(indexes)
  return { release: cache.release, targets, pages, regions }
}

/** The page without the contents of the regions `names` (those found once in it). */
const withoutRegionsNamed = (page: Buffer, names: readonly string[]): Buffer => {
  const empty = Buffer.alloc(0)
  const spans = names
    .map((name) => findRegion(page, name))
    .filter((span) => typeof span !== 'string')
    .map((span) => ({ ...span, bytes: empty }))
  return Buffer.concat(replaceSpans(page, spans) ?? [page])
}

/** `reuse.since` when only the pages it names need a check (see LinkCheckReuse), else undefined. */
const sinceChecked = (
  reuse: LinkCheckReuse | undefined,
  previous: LinkCache,
  existing: ReadonlySet<string>,
) => {
  const since = reuse?.since
  if (!since || since.release !== previous.release) return undefined
  const targetsLead =
    since.deleted.length === 0 || previous.targets.every((target) => resolves(existing, target))
  return targetsLead ? since : undefined
}

/** The internal links of every HTML page of a release that lead nowhere. */
export const checkInternalLinks = (
  releaseDir: string,
  files: readonly string[] = filesBelow(releaseDir),
  reuse?: LinkCheckReuse,
): BrokenLink[] => {
  const existing = new Set(path.sep === '/' ? files : files.map((file) => file.split(path.sep).join('/')))
  const previous = reuse ? readLinkCache(reuse.cacheFile) : emptyCache()
  // this check's table: the last one's, then the targets it has not seen (the last one is left as it was)
  const targets = [...previous.targets]
  const indexOf =
    targetIndexes.get(previous.targets) ?? new Map(targets.map((target, index) => [target, index]))
  // handed on to this table (it holds the new targets too): a check after a failed one makes its own again
  targetIndexes.delete(previous.targets)
  targetIndexes.set(targets, indexOf)
  const intern = (target: string) => {
    let index = indexOf.get(target)
    if (index === undefined) {
      index = targets.push(target) - 1
      indexOf.set(target, index)
    }
    return index
  }
  const targetsIn = (html: Buffer) => [...new Set(internalTargets(html.toString('utf8')))].map(intern)
  const resolved: boolean[] = []
  const since = sinceChecked(reuse, previous, existing)
  // only the pages written since a checked release: the others keep what that check found, pages and regions
  // (added to the new cache when it is written, not before the check: 30,000 pages)
  const pages: LinkCache['pages'] = {}
  const regions: LinkCache['regions'] = {}
  const checked = since ? since.written.map((file) => file.split(path.sep).join('/')) : existing
  const broken: BrokenLink[] = []
  for (const page of checked) {
    if (!page.endsWith('.html')) continue
    let html: Buffer | undefined
    const read = () => (html ??= fs.readFileSync(path.join(releaseDir, page)))
    const version = reuse?.pageVersions.get(page)
    const parts = version === undefined ? undefined : splitKey(version)
    const kept = parts && previous.pages[page]
    const own =
      kept && kept[0] === parts.own
        ? kept[1]
        : targetsIn(parts ? withoutRegionsNamed(read(), Object.keys(parts.regions)) : read())
    if (parts) pages[page] = [parts.own, own]
    const indexes = new Set(own)
    for (const [name, digest] of Object.entries(parts?.regions ?? {})) {
      const region = `${name}=${digest}`
      let inRegion = regions[region] ?? previous.regions[region]
      if (inRegion === undefined) {
        const span = findRegion(read(), name)
        // A page without the region its key names: its own part above was the whole page.
        if (typeof span === 'string') continue
        inRegion = targetsIn(read().subarray(span.start, span.end))
      }
      regions[region] = inRegion
      for (const index of inRegion) indexes.add(index)
    }
    for (const index of indexes) {
      if (!(resolved[index] ??= resolves(existing, targets[index]!))) {
        broken.push({ page: `/${page}`, href: targets[index]! })
      }
    }
  }
  if (reuse) {
    const write = () =>
      writeKeptJson(
        reuse.cacheFile,
        compacted({
          release: reuse.release,
          targets,
          pages: since ? { ...previous.pages, ...pages } : pages,
          regions: since ? { ...previous.regions, ...regions } : regions,
        }),
      )
    if (reuse.keepCache) reuse.keepCache(write)
    else write()
  }
  return broken
}
