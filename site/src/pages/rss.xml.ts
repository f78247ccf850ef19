import type { APIRoute } from 'astro'
import { loadArticles } from '../lib/news/content'
import { loadSettings } from '../lib/common/settings'
import { buildArticleFeed } from '../lib/news/feed'
import { feedResponse } from '../lib/common/feed-response'
import { feedUrls } from '../lib/news/urls'
import { channelImage } from '../lib/common/feed-image'
import { allAlertFeedItems } from '../lib/alerts/area-feed'
import { siteFeedEventItems } from '../lib/events/site-feed'

/** Everything the gmina publishes; for now its news. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await loadSettings()
  return feedResponse(
    buildArticleFeed({
      site: site!,
      title: settings.gminaName,
      description: `Wszystkie wiadomości: ${settings.officeName}`,
      feedPath: feedUrls.all,
      pagePath: '/',
      articles: await loadArticles(),
      extraItems: [...(await allAlertFeedItems(site!)), ...(await siteFeedEventItems(site!))],
      imageUrl: channelImage(settings, site!),
    }),
  )
}
