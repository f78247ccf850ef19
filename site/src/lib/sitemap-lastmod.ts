import { CmsClient, cmsUrlFromEnv } from '@ratusz/astro-loader'
import { articleUrl } from './common/urls'

/**
 * `lastmod` of sitemap entries: the articles' `updatedAt`, by page path. The sitemap integration runs after the
 * pages are built and outside the content store, so it asks the CMS once for slugs and dates alone.
 */
let byPath: Promise<Map<string, string>> | undefined

async function loadDates(): Promise<Map<string, string>> {
  const client = new CmsClient({ cmsUrl: cmsUrlFromEnv() })
  const docs = await client.findAll('articles', {
    depth: 0,
    limit: 1000,
    'select[slug]': true,
    'select[updatedAt]': true,
  })
  const dates = new Map<string, string>()
  for (const doc of docs) {
    if (typeof doc.slug === 'string' && typeof doc.updatedAt === 'string') {
      dates.set(articleUrl(doc.slug), doc.updatedAt)
    }
  }
  return dates
}

/** The last modification of the page at `url`, when it is an article page. */
export async function articleLastModified(url: string): Promise<string | undefined> {
  byPath ??= loadDates()
  return (await byPath).get(new URL(url).pathname)
}
