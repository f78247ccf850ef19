import type { APIRoute } from 'astro'
import { buildNow, loadEvents } from '../../lib/events/content'
import { nextStaleMoment } from '../../lib/events/stale'

/**
 * When this build goes stale by the clock alone (the next end of an event or occurrence, after which
 * "upcoming" lists change): `{ "staleAt": "<ISO instant>" | null, "builtAt": "<ISO instant>" }`. The publishing
 * pipeline reads it from the built site and schedules a rebuild at `staleAt`.
 */
export const GET: APIRoute = async () => {
  const now = buildNow()
  const staleAt = nextStaleMoment(await loadEvents(), now)
  return new Response(
    JSON.stringify({ staleAt: staleAt?.toISOString() ?? null, builtAt: now.toISOString() }),
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  )
}
