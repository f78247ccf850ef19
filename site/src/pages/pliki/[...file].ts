import type { APIRoute, GetStaticPaths } from 'astro'
import { fetchCmsFile } from '../../lib/cms-files'
import { loadArticles } from '../../lib/content'
import { documentFiles, type StaticFile } from '../../lib/static-files'

/** Every attachment of a published article, copied from the CMS at build time. */
export const getStaticPaths = (async () => {
  const documents = (await loadArticles()).flatMap((article) => article.attachments)
  return documentFiles(documents).map((file) => ({ params: { file: file.name }, props: { file } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ file: StaticFile }> = async ({ props }) =>
  new Response(await fetchCmsFile(props.file))
