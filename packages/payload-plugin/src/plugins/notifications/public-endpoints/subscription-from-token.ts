import type { PayloadRequest } from 'payload'
import { clientAddress } from '../../../shared/client-address'
import { findSubscription, type StoredSubscription } from '../subscriptions/resident-writes'
import { tokenId, tokenMatches, type TokenPurpose } from '../../../shared/residents/resident-token'
import { tokenThrottle } from './public-throttle'

/**
 * The subscription a token link names, when the token is genuine for this purpose (and, for a confirmation, not
 * expired); `wait` seconds when the client has tried too many links.
 */
export const subscriptionFromToken = async (
  req: PayloadRequest,
  purpose: TokenPurpose,
  token: string | null,
): Promise<{ subscription: StoredSubscription | null; wait?: number }> => {
  const wait = await tokenThrottle.take({ client: clientAddress(req.headers) })
  if (wait) return { subscription: null, wait }
  const id = tokenId(token)
  if (!id || !token) return { subscription: null }
  const subscription = await findSubscription(req.payload, id)
  if (!subscription) return { subscription: null }
  const nonce = purpose === 'manage' ? subscription.manageNonce : subscription.confirmNonce
  if (!tokenMatches(req.payload.secret, purpose, token, subscription.id, nonce)) return { subscription: null }
  if (purpose !== 'manage' && subscription.pendingUntil && new Date(subscription.pendingUntil) < new Date())
    return { subscription: null }
  return { subscription }
}

/** The token of a request: `?t=` in the address, or the `t` field of a posted form. */
export const tokenOf = (req: PayloadRequest, form?: URLSearchParams): string | null =>
  form?.get('t') ?? new URL(req.url ?? 'http://localhost/').searchParams.get('t')
