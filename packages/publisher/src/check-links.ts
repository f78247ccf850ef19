import fs from 'node:fs'
import path from 'node:path'

type BrokenLink = { page: string; href: string }

const attribute = /\s(?:href|src)="([^"]*)"|\ssrcset="([^"]*)"/g

/** Every file below a folder, as paths relative to it. */
export const filesBelow = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))

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
 * is found broken wherever it is linked from.
 */
type LinkCheckReuse = { pageVersions: ReadonlyMap<string, string>; cacheFile: string }

/** The cache file: a table of targets, and per page its version and indexes into that table. */
type LinkCache = { targets: string[]; pages: Record<string, [version: string, targets: number[]]> }

const readLinkCache = (file: string): LinkCache => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as LinkCache
  } catch {
    return { targets: [], pages: {} }
  }
}

/** The internal links of every HTML page of a release that lead nowhere. */
export const checkInternalLinks = (
  releaseDir: string,
  files: readonly string[] = filesBelow(releaseDir),
  reuse?: LinkCheckReuse,
): BrokenLink[] => {
  const existing = new Set(files.map((file) => file.split(path.sep).join('/')))
  const previous = reuse ? readLinkCache(reuse.cacheFile) : { targets: [], pages: {} }
  const next: LinkCache = { targets: [], pages: {} }
  const targetIndex = new Map<string, number>()
  const broken: BrokenLink[] = []
  const verdicts = new Map<string, boolean>()
  for (const page of existing) {
    if (!page.endsWith('.html')) continue
    const version = reuse?.pageVersions.get(page)
    const kept = version !== undefined ? previous.pages[page] : undefined
    const targets =
      kept && kept[0] === version
        ? kept[1].map((index) => previous.targets[index]!)
        : [...new Set(internalTargets(fs.readFileSync(path.join(releaseDir, page), 'utf8')))]
    if (version !== undefined) {
      next.pages[page] = [
        version,
        targets.map((target) => {
          let index = targetIndex.get(target)
          if (index === undefined) {
            index = next.targets.push(target) - 1
            targetIndex.set(target, index)
          }
          return index
        }),
      ]
    }
    for (const href of targets) {
      const ok = verdicts.get(href) ?? resolves(existing, href)
      verdicts.set(href, ok)
      if (!ok) broken.push({ page: `/${page}`, href })
    }
  }
  if (reuse) {
    fs.mkdirSync(path.dirname(reuse.cacheFile), { recursive: true })
    fs.writeFileSync(reuse.cacheFile, JSON.stringify(next))
  }
  return broken
}
