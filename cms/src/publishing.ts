import path from 'node:path'
import { astroBuild, publishSite } from '@ratusz/publisher'
import type { PublishFunction } from '@ratusz/payload-plugin'
import type { CmsEnv } from './env'
import { fromRepo, repoDir } from './paths'

/**
 * How this CMS publishes its site: build `site/` from this CMS's REST API into a new release under
 * RATUSZ_SITES_DIR, check it, and switch `live` to it (see @ratusz/publisher).
 */
export const publishSiteFromCms =
  (env: CmsEnv): PublishFunction =>
  () =>
    publishSite({
      sitesDir: fromRepo(env.RATUSZ_SITES_DIR),
      keep: env.RATUSZ_KEEP_RELEASES,
      build: (outDir, { cacheDir, prefilled }) =>
        astroBuild({
          cacheDir,
          prefilled,
          siteDir: path.join(repoDir, 'site'),
          cmsUrl: env.RATUSZ_CMS_URL,
          siteUrl: env.RATUSZ_SITE_URL,
          outDir,
        }),
    })
