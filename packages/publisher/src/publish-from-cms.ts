import path from 'node:path'
import type { Config } from '@ratusz/config'
import { astroBuild } from './astro-build'
import { publishSite, type BuildContext } from './publish'
import { warmBuild } from './warm/warm-publish'

/** What publishing the repository's site reads from the configuration (the CMS and the scripts alike). */
type PublishingConfig = Pick<
  Config<'cms' | 'scripts'>,
  'RATUSZ_SITES_DIR' | 'RATUSZ_KEEP_RELEASES' | 'RATUSZ_CMS_URL' | 'RATUSZ_SITE_URL'
> &
  Partial<Pick<Config<'cms' | 'scripts'>, 'RATUSZ_WARM_PUBLISH'>>

/** The folder of site releases and its `live` link: RATUSZ_SITES_DIR, absolute or relative to the repository. */
export const sitesDirOf = (repoDir: string, config: Pick<PublishingConfig, 'RATUSZ_SITES_DIR'>): string =>
  path.resolve(repoDir, config.RATUSZ_SITES_DIR)

/**
 * The one wiring of a publish, for the CMS (after every change) and for `pnpm start` and `pnpm publish:site`:
 * build the repository's `site/` from the CMS's REST API into a new release under RATUSZ_SITES_DIR, check it,
 * and switch `live` to it. `verbose` prints Astro's output (for an operator at a terminal). With
 * RATUSZ_WARM_PUBLISH the build goes through the warm renderer when it can (warm/warm-publish.ts); the result's
 * `via` says which way it went.
 */
export const publishFromCms = async (repoDir: string, config: PublishingConfig, { verbose = false } = {}) => {
  const siteDir = path.join(repoDir, 'site')
  const sitesDir = sitesDirOf(repoDir, config)
  const cold = (outDir: string, { cacheDir, prefilled }: BuildContext) =>
    astroBuild({
      siteDir,
      cmsUrl: config.RATUSZ_CMS_URL,
      siteUrl: config.RATUSZ_SITE_URL,
      outDir,
      cacheDir,
      prefilled,
      verbose,
    })
  if (!config.RATUSZ_WARM_PUBLISH)
    return publishSite({ sitesDir, keep: config.RATUSZ_KEEP_RELEASES, build: cold })
  const warm = warmBuild({
    repoDir,
    siteDir,
    sitesDir,
    cmsUrl: config.RATUSZ_CMS_URL,
    siteUrl: config.RATUSZ_SITE_URL,
    cold,
  })
  try {
    // The warm renderer writes by temp file + rename only, and so do the search index and the sitemap it runs: its
    // build folder is a hardlink clone of the live release. Its cold fallbacks start from an emptied folder.
    const result = await publishSite({
      sitesDir,
      keep: config.RATUSZ_KEEP_RELEASES,
      build: warm.build,
      sharesFiles: true,
    })
    warm.settle(result.releaseId)
    return result
  } catch (error) {
    warm.settle(undefined)
    throw error
  }
}
