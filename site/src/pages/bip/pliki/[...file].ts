import type { APIRoute, GetStaticPaths } from 'astro'
import { fetchCmsFile } from '../../../lib/cms-files'
import { documentFiles, type StaticFile } from '../../../lib/static-files'
import { loadBipFiles } from '../../../lib/bip/content'

/** Every public BIP attachment (the CMS hands out only public files of published documents). */
export const getStaticPaths = (async () => {
  const files = [...(await loadBipFiles()).values()]
  return documentFiles(files).map((file) => ({ params: { file: file.name }, props: { file } }))
}) satisfies GetStaticPaths

export const GET: APIRoute<{ file: StaticFile }> = async ({ props }) =>
  new Response(await fetchCmsFile(props.file))
