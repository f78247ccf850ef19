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

/** The paths of the routes with one page per area (its page, its feed): its news; both also show its alerts. */
export const areaNewsPaths = keyed(
  async () =>
    (await areaNews()).map(({ area, articles }) => ({
      params: { slug: area.slug },
      props: { area, articles },
    })),
  // the area's page also lists its next events
  async (path) => [
    path.params,
    path.props,
    await allAlertsKey(),
    sectionOn('events') ? await allEventsKey() : null,
  ],
)
