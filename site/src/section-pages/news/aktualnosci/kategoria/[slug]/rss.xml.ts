import { keyed } from '../../../../../lib/build/cache-key'
import type { APIRoute, GetStaticPaths } from 'astro'
import type { Article, Category } from '@ratusz/contract'
import { loadSettings } from '../../../../../lib/common/settings'
import { channelImage } from '../../../../../lib/common/feed-image'
import { buildArticleFeed } from '../../../../../lib/news/feed'
import { feedResponse } from '../../../../../lib/common/feed-response'
import { categoryPages } from '../../../../../lib/news/lists'
import { categoryUrl, feedUrls } from '../../../../../lib/news/urls'

export const getStaticPaths = keyed(
  async () =>
    (await categoryPages()).map(({ category, pages }) => ({
      params: { slug: category.slug },
      props: { category, articles: pages.flatMap((page) => page.items) },
    })),
  undefined,
  { regions: false },
) satisfies GetStaticPaths

export const GET: APIRoute<{ category: Category; articles: Article[] }> = async ({ site, props }) => {
  const settings = await loadSettings()
  const { category, articles } = props
  return feedResponse(
    buildArticleFeed({
      site: site!,
      title: `${category.name} – aktualności – ${settings.gminaName}`,
      description: category.description ?? `Aktualności z kategorii ${category.name}`,
      feedPath: feedUrls.category(category.slug),
      pagePath: categoryUrl(category.slug),
      articles,
      imageUrl: channelImage(settings, site!),
    }),
  )
}
