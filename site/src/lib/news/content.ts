import type { Article, Media, SiteSettings } from '@ratusz/contract'
import { loadRecords } from '../store/records'

/** Published articles, newest first. */
export async function loadArticles(): Promise<Article[]> {
  return (await loadRecords('articles')).sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
}

/** Every image the public site shows: covers and the coat of arms. */
export function publicImages(articles: readonly Article[], settings: SiteSettings): Media[] {
  const images = articles.flatMap((article) => (article.cover ? [article.cover] : []))
  if (settings.coatOfArms) images.push(settings.coatOfArms)
  return images
}
