import type { Config } from '@ratusz/config'
import { sitesDirOf } from './publish-from-cms'
import { runningWarmRenderer } from './warm/warm-publish'

type PreviewConfig = Pick<Config<'cms' | 'scripts'>, 'RATUSZ_SITES_DIR'> &
  Partial<Pick<Config<'cms' | 'scripts'>, 'RATUSZ_WARM_PUBLISH'>>

/** A draft's page, or why there is none: the warm publisher is off, its renderer not started yet, or it refused. */
export type PreviewResult =
  | { html: string }
  | { unavailable: 'warm-publish-off' | 'renderer-not-started' }
  | { unavailable: 'refused'; reason: string }

/**
 * The admin's preview of a record's draft: its page rendered by the warm renderer of this process (the one
 * publishes use, RATUSZ_WARM_PUBLISH), as the site would show it with this draft published. Never written to a
 * release. Without a running renderer there is no preview: a cold `astro build` of the whole site is no preview.
 */
export const previewFromCms =
  (repoDir: string, config: PreviewConfig) =>
  async (request: {
    collection: string
    record: Record<string, unknown>
    pathname: string
  }): Promise<PreviewResult> => {
    if (!config.RATUSZ_WARM_PUBLISH) return { unavailable: 'warm-publish-off' }
    const renderer = runningWarmRenderer(sitesDirOf(repoDir, config))
    if (!renderer) return { unavailable: 'renderer-not-started' }
    const reply = await renderer.preview(request)
    return reply.type === 'previewed'
      ? { html: reply.html }
      : { unavailable: 'refused', reason: reply.reason.split('\n')[0] ?? '' }
  }
