import type { APIRoute } from 'astro'
import { loadSettings } from '../../../../lib/common/settings'
import { feedResponse } from '../../../../lib/common/feed-response'
import { loadBipChanges } from '../../../../lib/bip/content'
import { buildBipChangesFeed } from '../../../../lib/bip/feeds'

export const GET: APIRoute = async ({ site }) => {
  const [settings, changes] = await Promise.all([loadSettings(), loadBipChanges()])
  return feedResponse(buildBipChangesFeed({ site: site!, gminaName: settings.gminaName, changes }))
}
