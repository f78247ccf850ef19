import type { APIRoute } from 'astro'
import { loadAlertsNow } from '../../../lib/alerts/load'
import { nextChange } from '../../../lib/alerts/status'
import { nextChangeResponse } from '../../../lib/common/next-change'

/**
 * `nastepna-zmiana.json` of alerts: when the active alerts of this build next change (one ends or an announced
 * one starts), so that the publishing pipeline rebuilds the site then. `staleAt` is null when nothing is due.
 */
export const GET: APIRoute = async () => {
  const { alerts, now } = await loadAlertsNow()
  return nextChangeResponse(nextChange(alerts, now), now)
}
