import type { Area, Category } from '@ratusz/contract'
import { feedUrls } from '../news/urls'

/** A feed a page announces with `<link rel="alternate">` and lists in its footer. */
export type FeedLink = { title: string; href: string; /** MIME type; RSS when absent. */ type?: string }

export const allFeed: FeedLink = { title: 'Wszystkie wiadomości (RSS)', href: feedUrls.all }
export const newsFeed: FeedLink = { title: 'Aktualności (RSS)', href: feedUrls.news }

export function categoryFeed(category: Category): FeedLink {
  return { title: `Aktualności: ${category.name} (RSS)`, href: feedUrls.category(category.slug) }
}

export function areaFeed(area: Area): FeedLink {
  return { title: `${area.name}: aktualności (RSS)`, href: feedUrls.area(area.slug) }
}
