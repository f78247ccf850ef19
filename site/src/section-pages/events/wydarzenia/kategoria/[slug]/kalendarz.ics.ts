import { allEventsKey, keyed } from '../../../../../lib/build/cache-key'
import type { APIRoute, GetStaticPaths } from 'astro'
import type { Category } from '@ratusz/contract'
import { loadSettings } from '../../../../../lib/common/settings'
import { loadEvents, usedCategories } from '../../../../../lib/events/content'
import { buildCalendar, calendarResponse } from '../../../../../lib/events/ics'

export const getStaticPaths = keyed(
  async () =>
    usedCategories(await loadEvents()).map((category) => ({
      params: { slug: category.slug },
      props: { category },
    })),
  async (path) => [path.params, path.props, await allEventsKey()],
  { regions: false },
) satisfies GetStaticPaths

/** Every event of one category as an iCalendar file. */
export const GET: APIRoute = async ({ site, props }) => {
  const { category } = props as { category: Category }
  const settings = await loadSettings()
  const events = (await loadEvents()).filter((event) =>
    event.categories.some((item) => item.id === category.id),
  )
  return calendarResponse(
    buildCalendar({ site: site!, name: `${category.name} – ${settings.gminaName}`, events }),
  )
}
