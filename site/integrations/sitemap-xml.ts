import { Readable } from 'node:stream'
import { SitemapIndexStream, SitemapStream, streamToPromise } from 'sitemap'

/** A URL of the sitemap: where, and when it last changed (ISO 8601). */
export type SitemapUrl = { url: string; lastmod: string }

/** The XML of a sitemap file listing `urls` (by the `sitemap` library, with its usual namespaces). */
export const urlsetXml = (urls: readonly SitemapUrl[]): Promise<Buffer> =>
  streamToPromise(
    Readable.from(urls).pipe(
      new SitemapStream({ xmlns: { news: true, xhtml: true, image: true, video: true } }),
    ),
  )

/** The XML of the sitemap index listing the sitemap files `files`, each with its latest `lastmod`. */
export const indexXml = (files: readonly SitemapUrl[]): Promise<Buffer> =>
  streamToPromise(Readable.from(files).pipe(new SitemapIndexStream()))
