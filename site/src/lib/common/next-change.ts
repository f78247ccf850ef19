import { nextChangeOf } from '@ratusz/contract'

/**
 * A section's `nastepna-zmiana.json` (the contract's `NextChange`): when this build of the section goes stale by
 * the clock alone, so that the publishing pipeline rebuilds the site then; `staleAt` null when nothing is due.
 */
export function nextChangeResponse(staleAt: Date | null | undefined, builtAt: Date): Response {
  return new Response(JSON.stringify(nextChangeOf(staleAt, builtAt)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}
