import { keyed } from '../../../lib/build/cache-key'
import type { APIRoute, GetStaticPaths } from 'astro'
import type { Event } from '@ratusz/contract'
import { loadEvents } from '../../../lib/events/content'
import { buildCalendar, calendarResponse } from '../../../lib/events/ics'

export const getStaticPaths = keyed(
  async () =>
    (await loadEvents()).map((event) => ({
      params: { slug: event.slug },
      props: { event },
    })),
  undefined,
  { regions: false },
) satisfies GetStaticPaths

/** One event as an iCalendar file: the "Dodaj do kalendarza" link of its page. */
export const GET: APIRoute = ({ site, props }) => {
  const { event } = props as { event: Event }
  return calendarResponse(buildCalendar({ site: site!, name: event.title, events: [event] }))
}
