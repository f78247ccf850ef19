import type { APIRoute } from 'astro'
import { buildAlertFeed } from '../../../lib/alerts/feed'
import { loadAlerts } from '../../../lib/alerts/load'
import { loadSettings } from '../../../lib/common/settings'
import { channelImage } from '../../../lib/common/feed-image'
import { feedResponse } from '../../../lib/common/feed-response'

/** Every published alert of the gmina, most recently published first. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await loadSettings()
  return feedResponse(
    buildAlertFeed({
      site: site!,
      title: `Komunikaty – ${settings.gminaName}`,
      description: `Ostrzeżenia, awarie i komunikaty: ${settings.officeName}`,
      alerts: await loadAlerts(),
      imageUrl: channelImage(settings, site!),
    }),
  )
}
