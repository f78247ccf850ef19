import type { Area, Article, Category } from '@ratusz/contract'
import { allAlertsKey, allEventsKey, keyed } from '../build/cache-key'
import { sectionOn } from '../store/sections'
import { loadAreas, loadCategories } from '../common/taxonomies'
import { loadArticles } from './content'
import { paginateList, type ListPage } from '../common/pagination'
import { categoryUrl, NEWS_PER_PAGE } from './urls'

/** Articles filed under a category or an area, by its id; newest first as given. */
function articlesIn(
  articles: readonly Article[],
  relation: 'categories' | 'areas',
  id: string | number,
): Article[] {
  return articles.filter((article) => article[relation].some((item) => String(item.id) === String(id)))
}

/** Every category with the pages of its news list. */
export async function categoryPages(): Promise<{ category: Category; pages: ListPage<Article>[] }[]> {
  const articles = await loadArticles()
  return (await loadCategories()).map((category) => ({
    category,
    pages: paginateList(articlesIn(articles, 'categories', category.id), NEWS_PER_PAGE, (page) =>
      categoryUrl(category.slug, page),
    ),
  }))
}

/** Every area with its news. */
async function areaNews(): Promise<{ area: Area; articles: Article[] }[]> {
  const articles = await loadArticles()
  return (await loadAreas()).map((area) => ({ area, articles: articlesIn(articles, 'areas', area.id) }))
}

/** What an area's page and its feed show: its news, and (both) its alerts and (the page) its next events. */
const areaNewsKey = async (path: { params: object; props: object }) => [
  path.params,
  path.props,
  await allAlertsKey(),
  sectionOn('events') ? await allEventsKey() : null,
]

const loadAreaNewsPaths = async () =>
  (await areaNews()).map(({ area, articles }) => ({
    params: { slug: area.slug },
    props: { area, articles },
  }))

/** The paths of an area's page: its news; it also shows its alerts and its next events. */
export const areaNewsPaths = keyed(loadAreaNewsPaths, areaNewsKey)

/** The paths of an area's feed (no layout, so no banner in it). */
export const areaFeedPaths = keyed(loadAreaNewsPaths, areaNewsKey, { regions: false })
