/** Every public URL of the events section (see the URL map in ../shared/design.md). */

export const eventsUrl = '/wydarzenia/'
export const eventsArchiveUrl = '/wydarzenia/archiwum/'

export function eventUrl(slug: string): string {
  return `/wydarzenia/${slug}/`
}

export function eventIcsUrl(slug: string): string {
  return `/wydarzenia/${slug}.ics`
}

/** A month calendar, e.g. /wydarzenia/2025/06/ (month 1–12). */
export function monthUrl(year: number, month: number): string {
  return `/wydarzenia/${year}/${String(month).padStart(2, '0')}/`
}

export function eventCategoryUrl(slug: string): string {
  return `/wydarzenia/kategoria/${slug}/`
}

export function eventAreaUrl(slug: string): string {
  return `/wydarzenia/obszar/${slug}/`
}

export const eventFeedUrls = {
  rss: '/wydarzenia/rss.xml',
  ics: '/wydarzenia/kalendarz.ics',
  category: (slug: string) => `/wydarzenia/kategoria/${slug}/kalendarz.ics`,
  area: (slug: string) => `/wydarzenia/obszar/${slug}/kalendarz.ics`,
  /** The next moment the built pages go stale, for the publishing pipeline. */
  staleAt: '/wydarzenia/nastepna-zmiana.json',
}
