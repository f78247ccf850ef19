import path from 'node:path'
import type { Config } from '@ratusz/config'
import { astroBuild } from './astro-build'
import { publishSite } from './publish'

/** What publishing the repository's site reads from the configuration (the CMS and the scripts alike). */
type PublishingConfig = Pick<
  Config<'cms' | 'scripts'>,
  'RATUSZ_SITES_DIR' | 'RATUSZ_KEEP_RELEASES' | 'RATUSZ_CMS_URL' | 'RATUSZ_SITE_URL'
>

/** The folder of site releases and its `live` link: RATUSZ_SITES_DIR, absolute or relative to the repository. */
export const sitesDirOf = (repoDir: string, config: Pick<PublishingConfig, 'RATUSZ_SITES_DIR'>): string =>
  path.resolve(repoDir, config.RATUSZ_SITES_DIR)

/**
 * The one wiring of a publish, for the CMS (after every change) and for `pnpm start` and `pnpm publish:site`:
 * build the repository's `site/` from the CMS's REST API into a new release under RATUSZ_SITES_DIR, check it,
 * and switch `live` to it. `verbose` prints Astro's output (for an operator at a terminal).
 */
export const publishFromCms = (repoDir: string, config: PublishingConfig, { verbose = false } = {}) =>
  publishSite({
    sitesDir: sitesDirOf(repoDir, config),
    keep: config.RATUSZ_KEEP_RELEASES,
    build: (outDir, { cacheDir, prefilled }) =>
      astroBuild({
        siteDir: path.join(repoDir, 'site'),
        cmsUrl: config.RATUSZ_CMS_URL,
        siteUrl: config.RATUSZ_SITE_URL,
        outDir,
        cacheDir,
        prefilled,
        verbose,
      }),
  })
