import type { APIRoute, GetStaticPaths } from 'astro'
import type { Area, Article } from '@ratusz/contract'
import { areaAlertFeedItems } from '../../../lib/alerts/area-feed'
import { loadSettings } from '../../../lib/common/settings'
import { channelImage } from '../../../lib/common/feed-image'
import { buildArticleFeed } from '../../../lib/news/feed'
import { feedResponse } from '../../../lib/common/feed-response'
import { areaFeedPaths } from '../../../lib/news/lists'
import { areaUrl, feedUrls } from '../../../lib/news/urls'

export const getStaticPaths = areaFeedPaths satisfies GetStaticPaths

export const GET: APIRoute<{ area: Area; articles: Article[] }> = async ({ site, props }) => {
  const settings = await loadSettings()
  const { area, articles } = props
  return feedResponse(
    buildArticleFeed({
      site: site!,
      title: `${area.name} – aktualności – ${settings.gminaName}`,
      description: area.description ?? `Aktualności: ${area.name}`,
      feedPath: feedUrls.area(area.slug),
      pagePath: areaUrl(area.slug),
      articles,
      extraItems: await areaAlertFeedItems(area, site!),
      imageUrl: channelImage(settings, site!),
    }),
  )
}
