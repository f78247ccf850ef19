import type { GetStaticPaths } from 'astro'
import { coverFiles, loadIssues } from '../../../../lib/periodicals/content'
import { serveCmsFile, staticFilePaths } from '../../../../lib/common/static-files'

/** Every rendition of every published issue's cover, copied from the CMS at build time. */
export const getStaticPaths = (async () =>
  staticFilePaths(coverFiles(await loadIssues()))) satisfies GetStaticPaths

export const GET = serveCmsFile
