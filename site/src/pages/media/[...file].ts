import type { GetStaticPaths } from 'astro'
import { serveCmsFile, staticFilePaths } from '../../lib/store/files'
import { loadArticles, loadSettings, publicImages } from '../../lib/news/content'
import { loadEvents } from '../../lib/events/content'
import { mediaFiles } from '../../lib/common/static-files'

/** Every rendition of every image the site shows, copied from the CMS at build time. */
export const getStaticPaths = (async () => {
  const images = publicImages(await loadArticles(), await loadSettings())
  images.push(...(await loadEvents()).flatMap((event) => (event.image ? [event.image] : [])))
  return staticFilePaths(mediaFiles(images))
}) satisfies GetStaticPaths

export const GET = serveCmsFile
