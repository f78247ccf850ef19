import type { APIRoute } from 'astro'
import { nextChangeResponse } from '../../../lib/common/next-change'
import { buildNow } from '../../../lib/build/build-now'
import { loadBipDocuments } from '../../../lib/bip/content'
import { nextDeadline } from '../../../lib/bip/deadlines'

/**
 * When this build's BIP goes stale by the clock alone: the next deadline of a tender or job offer, after which it
 * must show as closed (the contract's `NextChange`), read by the publishing pipeline.
 */
export const GET: APIRoute = async () => {
  const now = buildNow()
  return nextChangeResponse(nextDeadline(await loadBipDocuments(), now), now)
}
