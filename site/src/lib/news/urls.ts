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
