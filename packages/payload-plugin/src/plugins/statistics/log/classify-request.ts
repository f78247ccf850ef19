/** What a request was, for the statistics. */
export type RequestKind = 'page' | 'feed' | 'calendar' | 'pdf' | 'other'

/** The parts of the site a page belongs to, by its path. */
export const TRAFFIC_SECTIONS = ['site', 'bip', 'periodicals'] as const
export type TrafficSection = (typeof TRAFFIC_SECTIONS)[number]

export type ClassifiedRequest = { kind: RequestKind; path: string; section: TrafficSection }

/**
 * Paths that are never pages even without an extension: the build's assets, the search index (Pagefind, see
 * site/integrations/search-index.ts) and the CMS files every upload route copies (docker/nginx.conf).
 */
const NOT_PAGES = /^\/(?:_astro|pagefind|media|pliki|bip\/pliki|informator\/pliki|informator\/okladki)\//

const FEED = /(?:^|\/)(?:rss|atom|feed)\.xml$/

/** The path of a request target without its query and fragment (they can hold what a resident typed), decoded. */
export const pathOf = (target: string): string => {
  let end = target.length
  const query = target.indexOf('?')
  if (query >= 0) end = query
  const hash = target.indexOf('#')
  if (hash >= 0 && hash < end) end = hash
  let path = end === target.length ? target : target.slice(0, end)
  if (path.includes('%')) {
    try {
      path = decodeURIComponent(path)
    } catch {
      // a broken escape stays as it was sent
    }
  }
  if (path.endsWith('/index.html')) path = path.slice(0, -'index.html'.length)
  return path
}

/** The section of the site a path belongs to: the BIP (`/bip`), the periodicals (`/informator`), the rest. */
export const sectionOf = (path: string): TrafficSection =>
  path === '/bip' || path.startsWith('/bip/')
    ? 'bip'
    : path === '/informator' || path.startsWith('/informator/')
      ? 'periodicals'
      : 'site'

/**
 * Classifies a request of the public site. A page view is a `GET` answered `200` of an HTML page: a path
 * ending in `/` or `.html`, or without an extension, outside the assets, the search index and the uploads.
 * `HEAD`, redirects (3xx), `304 Not Modified` (a revalidation of a page already shown) and errors are not page
 * views. Feeds and calendars count when fetched (`200`, or `304` of a reader that polls), PDFs when sent whole
 * (`200`; the ranges (`206`) a PDF viewer asks for would count one download many times).
 */
export const classifyRequest = (method: string, target: string, status: number): ClassifiedRequest => {
  const path = pathOf(target)
  const section = sectionOf(path)
  if (method !== 'GET' || path.charCodeAt(0) !== 47) return { kind: 'other', path, section }
  const lastSlash = path.lastIndexOf('/')
  const dot = path.indexOf('.', lastSlash)
  if (dot < 0 || path.endsWith('.html')) {
    const page = status === 200 && !NOT_PAGES.test(path)
    return { kind: page ? 'page' : 'other', path, section }
  }
  const fetched = status === 200 || status === 304
  const lower = path.toLowerCase()
  if (fetched && lower.endsWith('.ics')) return { kind: 'calendar', path, section }
  if (fetched && FEED.test(lower)) return { kind: 'feed', path, section }
  if (status === 200 && lower.endsWith('.pdf')) return { kind: 'pdf', path, section }
  return { kind: 'other', path, section }
}
