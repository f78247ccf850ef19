import type { APIRoute } from 'astro'
import { nextChangeResponse } from '../../../lib/common/next-change'
import { buildNow, loadEvents } from '../../../lib/events/content'
import { nextStaleMoment } from '../../../lib/events/stale'

/**
 * When this build goes stale by the clock alone (the next end of an event or occurrence, after which
 * "upcoming" lists change), as the contract's `NextChange`. The publishing
 * pipeline reads it from the built site and schedules a rebuild at `staleAt`.
 */
export const GET: APIRoute = async () => {
  const now = buildNow()
  return nextChangeResponse(nextStaleMoment(await loadEvents(), now), now)
}
