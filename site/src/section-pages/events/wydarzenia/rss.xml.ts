import type { APIRoute } from 'astro'
import { loadSettings } from '../../../lib/common/settings'
import { buildNow, loadEvents } from '../../../lib/events/content'
import { upcoming } from '../../../lib/events/lists'
import { buildEventFeed } from '../../../lib/events/rss'
import { eventFeedUrls, eventsUrl } from '../../../lib/events/urls'
import { channelImage } from '../../../lib/common/feed-image'
import { feedResponse } from '../../../lib/common/feed-response'

/** Upcoming events, soonest first. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await loadSettings()
  return feedResponse(
    buildEventFeed({
      site: site!,
      title: `Wydarzenia – ${settings.gminaName}`,
      description: `Nadchodzące wydarzenia: ${settings.gminaName}`,
      feedPath: eventFeedUrls.rss,
      pagePath: eventsUrl,
      occurrences: upcoming(await loadEvents(), buildNow()),
      imageUrl: channelImage(settings, site!),
    }),
  )
}
