import type { APIRoute } from 'astro'
import { jsonResponse, nextChangeJson } from '../../lib/alerts/json'
import { loadAlertsNow } from '../../lib/alerts/load'

/**
 * `{ "staleAt": …, "builtAt": … }`: when the active alerts of this build next change (one ends or an announced
 * one starts), so that the publishing pipeline rebuilds the site then. `staleAt` is null when nothing is due.
 */
export const GET: APIRoute = async () => {
  const { alerts, now } = await loadAlertsNow()
  return jsonResponse(nextChangeJson(alerts, now))
}
