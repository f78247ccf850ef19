import fs from 'node:fs'
import path from 'node:path'

export type BrokenLink = { page: string; href: string }

const attribute = /\s(?:href|src)="([^"]*)"|\ssrcset="([^"]*)"/g

/** Every file below a folder, as paths relative to it. */
export const filesBelow = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))

/** The internal targets (starting with one "/") a page links to or loads: href, src and srcset URLs. */
export const internalTargets = (html: string): string[] => {
  const targets: string[] = []
  for (const match of html.matchAll(attribute)) {
    const values =
      match[1] !== undefined ? [match[1]] : match[2]!.split(',').map((part) => part.trim().split(/\s+/)[0]!)
    for (const value of values) if (value.startsWith('/') && !value.startsWith('//')) targets.push(value)
  }
  return targets
}

/** Whether a URL path is served by a file of the release, the way a static server maps them. */
const resolves = (releaseDir: string, urlPath: string): boolean => {
  const pathname = decodeURIComponent(urlPath.split(/[?#]/)[0]!)
  const file = path.join(releaseDir, pathname)
  if (!file.startsWith(releaseDir)) return false
  if (pathname.endsWith('/')) return fs.existsSync(path.join(file, 'index.html'))
  return fs.existsSync(file) && fs.statSync(file).isFile()
}

/** The internal links of every HTML page of a release that lead nowhere. */
export const checkInternalLinks = (releaseDir: string): BrokenLink[] => {
  const broken: BrokenLink[] = []
  const cache = new Map<string, boolean>()
  for (const page of filesBelow(releaseDir).filter((file) => file.endsWith('.html'))) {
    const html = fs.readFileSync(path.join(releaseDir, page), 'utf8')
    for (const href of internalTargets(html)) {
      const ok = cache.get(href) ?? resolves(releaseDir, href)
      cache.set(href, ok)
      if (!ok) broken.push({ page: `/${page}`, href })
    }
  }
  return broken
}
