import type { FeedLink } from '../common/page-feeds'

/** Every public URL of the reports section, in one place. */
export const reportUrls = {
  form: '/zglos/',
  list: '/zgloszenia/',
  feed: '/zgloszenia/rss.xml',
  areaFeed: (slug: string) => `/zgloszenia/${slug}/rss.xml`,
}

/** The public reports' feed, as pages announce it. */
export const reportsFeed: FeedLink = { title: 'Zgłoszenia mieszkańców (RSS)', href: reportUrls.feed }
