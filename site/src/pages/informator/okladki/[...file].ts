import type { APIRoute, GetStaticPaths } from 'astro'
import { coverFiles, loadIssues } from '../../../components/periodicals/periodical-content'
import { fetchCmsFile } from '../../../lib/cms-files'
import type { StaticFile } from '../../../lib/static-files'

/** Every rendition of every published issue's cover, copied from the CMS at build time. */
export const getStaticPaths = (async () =>
  coverFiles(await loadIssues()).map((file) => ({
    params: { file: file.name },
    props: { file },
  }))) satisfies GetStaticPaths

export const GET: APIRoute<{ file: StaticFile }> = async ({ props }) =>
  new Response(await fetchCmsFile(props.file))
