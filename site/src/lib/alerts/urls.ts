import type { FeedLink } from '../common/page-feeds'

/** Every public URL of the alerts section, in one place (see the URL map in ../shared/design.md). */
export const alertUrls = {
  list: '/komunikaty/',
  archive: '/komunikaty/archiwum/',
  alert: (slug: string) => `/komunikaty/${slug}/`,
  feed: '/komunikaty/rss.xml',
  activeJson: '/komunikaty/aktywne.json',
  nextChange: '/komunikaty/nastepna-zmiana.json',
}

/** The alerts feed, as pages announce it. */
export const alertsFeed: FeedLink = { title: 'Komunikaty i ostrzeżenia (RSS)', href: alertUrls.feed }
