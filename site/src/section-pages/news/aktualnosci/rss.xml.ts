import type { APIRoute } from 'astro'
import { loadArticles } from '../../../lib/news/content'
import { loadSettings } from '../../../lib/common/settings'
import { channelImage } from '../../../lib/common/feed-image'
import { buildArticleFeed } from '../../../lib/news/feed'
import { feedResponse } from '../../../lib/common/feed-response'
import { feedUrls, newsUrl } from '../../../lib/news/urls'

export const GET: APIRoute = async ({ site }) => {
  const settings = await loadSettings()
  return feedResponse(
    buildArticleFeed({
      site: site!,
      title: `Aktualności – ${settings.gminaName}`,
      description: `Aktualności: ${settings.officeName}`,
      feedPath: feedUrls.news,
      pagePath: newsUrl(),
      articles: await loadArticles(),
      imageUrl: channelImage(settings, site!),
    }),
  )
}
