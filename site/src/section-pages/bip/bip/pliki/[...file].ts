import type { GetStaticPaths } from 'astro'
import { documentFiles, serveCmsFile, staticFilePaths } from '../../../../lib/common/static-files'
import { loadBipFiles } from '../../../../lib/bip/content'

/** Every public BIP attachment (the CMS hands out only public files of published documents). */
export const getStaticPaths = (async () => {
  const files = [...(await loadBipFiles()).values()]
  return staticFilePaths(documentFiles(files))
}) satisfies GetStaticPaths

export const GET = serveCmsFile
