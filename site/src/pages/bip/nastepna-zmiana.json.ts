import type { APIRoute } from 'astro'
import { buildNow } from '../../lib/build/build-now'
import { loadBipDocuments } from '../../lib/bip/content'
import { nextDeadline } from '../../lib/bip/deadlines'

/**
 * When this build's BIP goes stale by the clock alone: the next deadline of a tender or job offer, after which it
 * must show as closed. `{ "staleAt": "<ISO instant>" | null, "builtAt": … }`, read by the publishing pipeline.
 */
export const GET: APIRoute = async () => {
  const now = buildNow()
  const staleAt = nextDeadline(await loadBipDocuments(), now)
  return new Response(
    JSON.stringify({ staleAt: staleAt?.toISOString() ?? null, builtAt: now.toISOString() }),
    {
      headers: { 'content-type': 'application/json; charset=utf-8' },
    },
  )
}
