import type { APIRoute } from 'astro'
import { activeAlertsJson, jsonResponse } from '../../../lib/alerts/json'
import { loadAlertsNow } from '../../../lib/alerts/load'

/** The alerts active at build time, for apps and aggregators; the shape is documented in docs/alerts-json.md. */
export const GET: APIRoute = async ({ site }) => {
  const { alerts, now } = await loadAlertsNow()
  return jsonResponse(activeAlertsJson(alerts, now, site!))
}
