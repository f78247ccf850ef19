import type { Article } from '@ratusz/contract'
import RSS from 'rss'
import { absoluteUrl, mediaUrl } from '../common/urls'
import { articleUrl } from './urls'
import { feedText } from '../common/feed-text'

type ArticleFeedOptions = {
  /** The public site's origin, e.g. https://gmina.pl */
  site: URL | string
  title: string
  description: string
  /** The feed's own path, e.g. /aktualnosci/rss.xml */
  feedPath: string
  /** The page the feed mirrors, e.g. /aktualnosci/ */
  pagePath: string
  articles: readonly Article[]
  /** Absolute URL of the channel image (the coat of arms). */
  imageUrl?: string
  /** Most recent items kept; defaults to 50. */
  limit?: number
  /** Further items (alerts, …) mixed in with the articles by date. */
  extraItems?: readonly RSS.ItemOptions[]
}

/**
 * A GUID that stays the same whatever happens to the article (new title, new slug): a tag URI with the site's
 * host and the record id.
 */
export function articleGuid(site: URL | string, id: string | number): string {
  return `tag:${new URL(site).hostname},2025:articles/${id}`
}

/** An RSS 2.0 feed of articles, newest first: absolute links, stable GUIDs, the cover as enclosure. */
export function buildArticleFeed(options: ArticleFeedOptions): string {
  const { site } = options
  const articles = [...options.articles]
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, options.limit ?? 50)
  const items = [...articles.map((article) => articleItem(article, site)), ...(options.extraItems ?? [])]
    .sort((a, b) => Date.parse(String(b.date)) - Date.parse(String(a.date)))
    .slice(0, options.limit ?? 50)
  const feed = new RSS({
    title: options.title,
    description: feedText(options.description),
    feed_url: absoluteUrl(options.feedPath, site),
    site_url: absoluteUrl(options.pagePath, site),
    image_url: options.imageUrl,
    language: 'pl',
    pubDate: items[0]?.date,
    ttl: 60,
  })
  for (const item of items) feed.item(item)
  return feed.xml()
}

/** One article as an RSS item. */
function articleItem(article: Article, site: URL | string): RSS.ItemOptions {
  return {
    title: article.title,
    description: feedText(article.lead),
    url: absoluteUrl(articleUrl(article.slug), site),
    guid: articleGuid(site, article.id),
    date: article.publishedAt,
    author: article.author,
    categories: article.categories.map((category) => category.name),
    enclosure: article.cover
      ? {
          url: absoluteUrl(mediaUrl(article.cover.filename), site),
          size: article.cover.filesize,
          type: article.cover.mimeType,
        }
      : undefined,
  }
}
