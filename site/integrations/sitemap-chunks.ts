/**
 * How the sitemap is cut into files, so that one change rewrites one or two of them, not a file of 30,000 URLs:
 * a file per top-level section of the site with at least SECTION_PAGES pages (`sitemap-bip.xml`,
 * `sitemap-aktualnosci.xml`), all other pages in `sitemap-glowna.xml`. A file holds at most CHUNK_URLS URLs (the
 * protocol allows 50,000): a bigger section is cut into numbered files (`sitemap-bip-1.xml`, `sitemap-bip-2.xml`).
 */
export const MAIN_CHUNK = 'glowna'
/** Pages a section needs for a file of its own. */
export const SECTION_PAGES = 500
/** URLs in one file at most. */
export const CHUNK_URLS = 45_000

/** A chunk's file in the site's root. */
export const chunkFile = (chunk: string) => `sitemap-${chunk}.xml`

/** The section of a page's pathname (`bip/dokument/12/` → `bip`); the home page and `index` go to the main chunk. */
const sectionOf = (pathname: string) => {
  const section = pathname.split('/')[0]!
  return section === '' || section === 'index' || !/^[a-z0-9-]+$/.test(section) ? MAIN_CHUNK : section
}

/** The pages' pathnames (`bip/`, `` for the home page) by chunk, each chunk's in order (by code unit). */
export function sitemapChunks(pathnames: readonly string[]): Map<string, string[]> {
  const bySection = new Map<string, string[]>()
  for (const pathname of pathnames) {
    const section = sectionOf(pathname)
    const pages = bySection.get(section)
    if (pages) pages.push(pathname)
    else bySection.set(section, [pathname])
  }
  const main = bySection.get(MAIN_CHUNK) ?? []
  const sections = new Map<string, string[]>()
  for (const [section, pages] of bySection) {
    if (section === MAIN_CHUNK) continue
    if (pages.length >= SECTION_PAGES) sections.set(section, pages)
    else main.push(...pages)
  }
  if (main.length > 0) sections.set(MAIN_CHUNK, main)
  const chunks = new Map<string, string[]>()
  for (const [section, pages] of [...sections].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    pages.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    if (pages.length <= CHUNK_URLS) {
      chunks.set(section, pages)
      continue
    }
    for (let start = 0; start < pages.length; start += CHUNK_URLS) {
      chunks.set(`${section}-${start / CHUNK_URLS + 1}`, pages.slice(start, start + CHUNK_URLS))
    }
  }
  return chunks
}
