/**
 * Site-wide regions of a page (the alerts banner, the footer's contact details): parts of the layout that show
 * the same bytes on every page and change without the page's own content. The layout wraps each in two HTML comments, and a page's
 * incremental-build key carries each region's digest apart from the rest of the key, so that
 * - Astro's incremental build (the cold path) still renders a page again when a region changes (the whole key
 *   changed), while
 * - the warm renderer sees that only a region changed and splices the new region into the page instead of
 *   rendering it, and the search index and the sitemap, which are about the page's own content, see no change.
 */

/**
 * The names of the regions the layout marks: `alerts`, the banner of active alerts; `contact`, the footer's
 * office address, phones, hours and online services (from the site settings).
 */
export type RegionName = 'alerts' | 'contact'

/** The comment that opens a region in a page. */
export const regionOpen = (name: RegionName | string) => `<!--ratusz:region ${name}-->`
/** The comment that closes it. */
export const regionClose = (name: RegionName | string) => `<!--/ratusz:region ${name}-->`

/** Separates the page's own key from its regions' digests, and a region's name from its digest. */
const REGION_SEPARATOR = '~'
const NAME_SEPARATOR = '='

/**
 * A page's key: its own part (the page's data and the layout's other data) and each region's digest, e.g.
 * `Ab3…~alerts=Xy9…`. Digests are base64url, so they never hold a separator.
 */
export const composeKey = (own: string, regions: Readonly<Record<string, string>>): string =>
  [
    own,
    ...Object.keys(regions)
      .sort()
      .map((name) => `${name}${NAME_SEPARATOR}${regions[name]}`),
  ].join(REGION_SEPARATOR)

/** A key split into its own part and its regions' digests (none for a key made without regions). */
export const splitKey = (key: string): { own: string; regions: Record<string, string> } => {
  const [own = '', ...parts] = key.split(REGION_SEPARATOR)
  const regions: Record<string, string> = {}
  for (const part of parts) {
    const at = part.indexOf(NAME_SEPARATOR)
    regions[part.slice(0, at)] = part.slice(at + 1)
  }
  return { own, regions }
}

/** The own part of a key: what the page shows outside its site-wide regions. */
export const ownKey = (key: string): string => splitKey(key).own

/** Where a region lies in a page: the bytes between its comments (`start` to `end`, the comments excluded). */
export type RegionSpan = { start: number; end: number }

/**
 * The one span of region `name` in `page`, or a reason why there is none that can be trusted: no comments,
 * more than one opening or closing comment, or a closing one before the opening one.
 */
export const findRegion = (page: Buffer, name: string): RegionSpan | string => {
  const open = Buffer.from(regionOpen(name))
  const close = Buffer.from(regionClose(name))
  const at = page.indexOf(open)
  const closeAt = page.indexOf(close)
  if (at < 0 || closeAt < 0) return `no region "${name}"`
  if (page.indexOf(open, at + 1) >= 0 || page.indexOf(close, closeAt + 1) >= 0)
    return `region "${name}" more than once`
  const start = at + open.length
  if (closeAt < start) return `region "${name}" closed before it opens`
  return { start, end: closeAt }
}

/**
 * The name of the site's per-build memo (site/src/lib/build/cache-key.ts) that holds the regions' digests a page
 * of the layout puts in its key, and that a route reads for nothing else. When it is the only thing a route read
 * that changed, the warm renderer gives the route's last paths the new digests (`composeKey(own, digests)`)
 * instead of running its `getStaticPaths()` again.
 */
export const SITE_REGIONS_MEMO = 'site-regions'

/**
 * The pieces of `page` with each span's bytes replaced by its `bytes`, in page order (concatenated: the new page);
 * undefined when two spans overlap.
 */
export const replaceSpans = (
  page: Buffer,
  spans: readonly (RegionSpan & { bytes: Buffer })[],
): Buffer[] | undefined => {
  const pieces: Buffer[] = []
  let from = 0
  for (const { start, end, bytes } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < from) return undefined
    pieces.push(page.subarray(from, start), bytes)
    from = end
  }
  pieces.push(page.subarray(from))
  return pieces
}

/** The page with every region's content left out (its comments kept): what the page shows of its own. */
export const withoutRegions = (page: Buffer): Buffer => {
  const open = Buffer.from('<!--ratusz:region ')
  const pieces: Buffer[] = []
  let from = 0
  for (;;) {
    const at = page.indexOf(open, from)
    if (at < 0) break
    const nameEnd = page.indexOf('-->', at)
    if (nameEnd < 0) break
    const name = page.subarray(at + open.length, nameEnd).toString()
    const closeAt = page.indexOf(regionClose(name), nameEnd)
    if (closeAt < 0) break
    pieces.push(page.subarray(from, nameEnd + 3))
    from = closeAt
  }
  pieces.push(page.subarray(from))
  return Buffer.concat(pieces)
}
