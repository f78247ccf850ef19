import type { APIRoute, GetStaticPaths } from 'astro'
import { issuePdfFiles, loadIssues } from '../../../components/periodicals/periodical-content'
import { fetchCmsFile } from '../../../lib/cms-files'
import type { StaticFile } from '../../../lib/static-files'

/** Every published issue's PDF, copied from the CMS at build time. */
export const getStaticPaths = (async () =>
  issuePdfFiles(await loadIssues()).map((file) => ({
    params: { file: file.name },
    props: { file },
  }))) satisfies GetStaticPaths

export const GET: APIRoute<{ file: StaticFile }> = async ({ props }) =>
  new Response(await fetchCmsFile(props.file), { headers: { 'content-type': 'application/pdf' } })
