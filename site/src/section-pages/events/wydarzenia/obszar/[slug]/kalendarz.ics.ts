import { allEventsKey, keyed } from '../../../../../lib/build/cache-key'
import type { APIRoute, GetStaticPaths } from 'astro'
import type { Area } from '@ratusz/contract'
import { loadSettings } from '../../../../../lib/common/settings'
import { loadEvents, usedAreas } from '../../../../../lib/events/content'
import { eventsForArea } from '../../../../../lib/events/filters'
import { buildCalendar, calendarResponse } from '../../../../../lib/events/ics'

export const getStaticPaths = keyed(
  async () => usedAreas(await loadEvents()).map((area) => ({ params: { slug: area.slug }, props: { area } })),
  async (path) => [path.params, path.props, await allEventsKey()],
  { regions: false },
) satisfies GetStaticPaths

/** Events of one sołectwo, osiedle or group (those it hosts or organises) as an iCalendar file. */
export const GET: APIRoute = async ({ site, props }) => {
  const { area } = props as { area: Area }
  const settings = await loadSettings()
  const events = eventsForArea(await loadEvents(), area)
  return calendarResponse(
    buildCalendar({ site: site!, name: `${area.name} – ${settings.gminaName}`, events }),
  )
}
