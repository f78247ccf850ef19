import type { Area, Article, Category, Media, SiteSettings } from '@ratusz/contract'
import { getCollection, getEntry } from 'astro:content'

/** The site's read access to the content store: sorted lists, the settings, and relations kept fresh. */

export async function loadSettings(): Promise<SiteSettings> {
  const entry = await getEntry('settings', 'site-settings')
  if (!entry) throw new Error('The CMS global "site-settings" is missing from the content store.')
  return entry.data
}

/** Published articles, newest first. */
export async function loadArticles(): Promise<Article[]> {
  const entries = await getCollection('articles')
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
}

export async function loadCategories(): Promise<Category[]> {
  return (await getCollection('categories')).map((entry) => entry.data)
}

export async function loadAreas(): Promise<Area[]> {
  return (await getCollection('areas')).map((entry) => entry.data)
}

/**
 * An article's categories or areas as their own collection holds them now: the copy embedded in the article
 * (depth=1) is as old as the article's last change, so a renamed category shows its new name and a deleted one
 * disappears.
 */
export function freshRelations<T extends { id: string | number }>(
  embedded: readonly T[],
  current: readonly T[],
): T[] {
  const byId = new Map(current.map((item) => [String(item.id), item]))
  return embedded.flatMap((item) => byId.get(String(item.id)) ?? [])
}

/** Every image the public site shows: covers and the coat of arms. */
export function publicImages(articles: readonly Article[], settings: SiteSettings): Media[] {
  const images = articles.flatMap((article) => (article.cover ? [article.cover] : []))
  if (settings.coatOfArms) images.push(settings.coatOfArms)
  return images
}
