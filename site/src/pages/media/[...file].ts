import type { APIRoute, GetStaticPaths } from 'astro'
import { fetchCmsFile } from '../../lib/cms-files'
import { loadArticles, loadSettings, publicImages } from '../../lib/content'
import { loadEvents } from '../../lib/events/content'
import { mediaFiles, type StaticFile } from '../../lib/static-files'

/** Every rendition of every image the site shows, copied from the CMS at build time. */
export const getStaticPaths = (async () => {
  const images = publicImages(await loadArticles(), await loadSettings())
  images.push(...(await loadEvents()).flatMap((event) => (event.image ? [event.image] : [])))
  return mediaFiles(images).map((file) => ({ params: { file: file.name }, props: { file } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ file: StaticFile }> = async ({ props }) =>
  new Response(await fetchCmsFile(props.file))
