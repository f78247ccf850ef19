import {
  previewFromCms,
  previewOverHttp,
  publishFromCms,
  publishOverHttp,
  rollback,
  sitesDirOf,
} from '@ratusz/publisher'
import type { PreviewFunction, PublishFunction, RollbackFunction } from '@ratusz/payload-plugin'
import { publicPath } from './admin/public-paths'
import type { CmsEnv } from './env'
import { repoDir } from './paths'

/**
 * How this CMS publishes its site: build `site/` from this CMS's REST API into a new release under
 * RATUSZ_SITES_DIR, check it, and switch `live` to it (the wiring `pnpm publish:site` uses too). With
 * RATUSZ_PUBLISH_URL, the process there builds it, with the warm renderer it holds (`pnpm start`'s own process).
 */
export const publishSiteFromCms = (env: CmsEnv): PublishFunction =>
  env.RATUSZ_PUBLISH_URL
    ? publishOverHttp(env.RATUSZ_PUBLISH_URL, env.PAYLOAD_SECRET)
    : () => publishFromCms(repoDir, env)

/** How this CMS rolls its site back: the release before the live one under RATUSZ_SITES_DIR (as `pnpm rollback`). */
export const rollbackSiteFromCms =
  (env: CmsEnv): RollbackFunction =>
  () =>
    rollback(sitesDirOf(repoDir, env))

/**
 * How this CMS previews a draft (the admin's "Podgląd"): its page rendered by the warm renderer (RATUSZ_WARM_PUBLISH)
 * of this process, or of the publisher process at RATUSZ_PREVIEW_URL when another process publishes, at the path
 * the site gives the record, with a `<base>` to the public site so that its styles, scripts and links load from there.
 */
export const previewSiteFromCms = (env: CmsEnv): PreviewFunction => {
  const preview =
    env.RATUSZ_WARM_PUBLISH && env.RATUSZ_PREVIEW_URL
      ? previewOverHttp(env.RATUSZ_PREVIEW_URL, env.PAYLOAD_SECRET)
      : previewFromCms(repoDir, env)
  return async ({ collection, record }) => {
    const pathname = publicPath(collection, record)
    if (!pathname) return { unavailable: 'no-page' }
    const outcome = await preview({ collection, record, pathname })
    if (!('html' in outcome)) return outcome
    const base = `<base href="${new URL(pathname, env.RATUSZ_SITE_URL).href}">`
    return { html: outcome.html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${base}`) }
  }
}
