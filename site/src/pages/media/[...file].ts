import type { GetStaticPaths } from 'astro'
import { mediaFiles, serveCmsFile, staticFilePaths } from '../../lib/common/static-files'
import { loadArticles, publicImages } from '../../lib/news/content'
import { loadSettings } from '../../lib/common/settings'
import { loadEvents } from '../../lib/events/content'

/** Every rendition of every image the site shows, copied from the CMS at build time. */
export const getStaticPaths = (async () => {
  const images = publicImages(await loadArticles(), await loadSettings())
  images.push(...(await loadEvents()).flatMap((event) => (event.image ? [event.image] : [])))
  return staticFilePaths(mediaFiles(images))
}) satisfies GetStaticPaths

export const GET = serveCmsFile
