import type { GetStaticPaths } from 'astro'
import { issuePdfFiles, loadIssues } from '../../../../lib/periodicals/content'
import { serveCmsFile, staticFilePaths } from '../../../../lib/common/static-files'

/** Every published issue's PDF, copied from the CMS at build time. */
export const getStaticPaths = (async () =>
  staticFilePaths(issuePdfFiles(await loadIssues()))) satisfies GetStaticPaths

export const GET = serveCmsFile
