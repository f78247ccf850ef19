/** Every public URL of the news section, in one place (see the URL map in ../shared/design.md). */

export const NEWS_PER_PAGE = 10

export function newsUrl(page = 1): string {
  return page <= 1 ? '/aktualnosci/' : `/aktualnosci/strona/${page}/`
}

export function articleUrl(slug: string): string {
  return `/aktualnosci/${slug}/`
}

export function categoryUrl(slug: string, page = 1): string {
  return page <= 1 ? `/aktualnosci/kategoria/${slug}/` : `/aktualnosci/kategoria/${slug}/strona/${page}/`
}

export function areaUrl(slug: string): string {
  return `/obszary/${slug}/`
}

export const feedUrls = {
  all: '/rss.xml',
  news: '/aktualnosci/rss.xml',
  category: (slug: string) => `/aktualnosci/kategoria/${slug}/rss.xml`,
  area: (slug: string) => `/obszary/${slug}/rss.xml`,
}

/**
 * The name a CMS upload gets in the static output: its own name when that is plain ASCII, otherwise a name made
 * safe from it (Payload keeps Polish letters and spaces in file names).
 */
export function localFileName(filename: string): string {
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(filename)) return filename
  const safe = filename
    .normalize('NFKD')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
  return safe || 'plik'
}

/** Where an image (any rendition) is served from in the static output. */
export function mediaUrl(filename: string): string {
  return `/media/${localFileName(filename)}`
}

/** Where a document (PDF, office file) is served from in the static output. */
export function documentUrl(filename: string): string {
  return `/pliki/${localFileName(filename)}`
}

/** An absolute URL on the public site. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href
}
