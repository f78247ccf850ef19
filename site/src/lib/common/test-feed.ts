import Parser from 'rss-parser'

/** One item of a feed as a real RSS parser reads it, for unit tests of the feed builders. */
type ParsedItem = {
  title: string
  link: string
  guid: string
  pubDate?: string
  content?: string
  categories?: string[]
  enclosure?: { url: string; length?: string; type?: string }
}

/** The channel and items of an RSS document, parsed as an aggregator would. */
export async function parseFeed(xml: string) {
  const feed = await new Parser().parseString(xml)
  return feed as typeof feed & { items: ParsedItem[] }
}
