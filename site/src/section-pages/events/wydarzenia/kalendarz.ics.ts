import type { APIRoute } from 'astro'
import { loadSettings } from '../../../lib/common/settings'
import { loadEvents } from '../../../lib/events/content'
import { buildCalendar, calendarResponse } from '../../../lib/events/ics'

/** Every published event, past and coming, as one iCalendar file to subscribe to. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await loadSettings()
  return calendarResponse(
    buildCalendar({ site: site!, name: `Wydarzenia – ${settings.gminaName}`, events: await loadEvents() }),
  )
}
