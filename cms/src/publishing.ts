import { publishFromCms } from '@ratusz/publisher'
import type { PublishFunction } from '@ratusz/payload-plugin'
import type { CmsEnv } from './env'
import { repoDir } from './paths'

/**
 * How this CMS publishes its site: build `site/` from this CMS's REST API into a new release under
 * RATUSZ_SITES_DIR, check it, and switch `live` to it (the wiring `pnpm publish:site` uses too).
 */
export const publishSiteFromCms =
  (env: CmsEnv): PublishFunction =>
  () =>
    publishFromCms(repoDir, env)
