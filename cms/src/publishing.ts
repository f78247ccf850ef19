import { publishFromCms, rollback, sitesDirOf } from '@ratusz/publisher'
import type { PublishFunction, RollbackFunction } from '@ratusz/payload-plugin'
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

/** How this CMS rolls its site back: the release before the live one under RATUSZ_SITES_DIR (as `pnpm rollback`). */
export const rollbackSiteFromCms =
  (env: CmsEnv): RollbackFunction =>
  () =>
    rollback(sitesDirOf(repoDir, env))
