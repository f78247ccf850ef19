import Parser from 'rss-parser'

export type FeedItem = {
  title: string
  link: string
  guid: string
  pubDate: string
  enclosure?: { url: string; length?: string; type?: string }
}

/** Fetches and parses an RSS feed with a real RSS parser, as an aggregator would. */
export const readFeed = async (url: string) => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  const xml = await response.text()
  const feed = await new Parser().parseString(xml)
  return { xml, feed: feed as typeof feed & { items: FeedItem[] } }
}

/** The `<loc>` URLs of a sitemap or sitemap index. */
export const sitemapLocations = async (url: string): Promise<string[]> => {
  const xml = await (await fetch(url)).text()
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!)
}
