import type { Endpoint } from 'payload'
import { clientAddress } from '../../../shared/client-address'
import type { NotificationsOptions } from '../options'
import { findSubscription } from '../subscriptions/resident-writes'
import { makeToken, shortTokenId, shortTokenMatches } from '../../../shared/residents/resident-token'
import { invalidLink } from './invalid-link'
import { SHORT_MANAGE_ROUTE, SUBSCRIPTION_ROUTES, endpointPath, tokenLink } from './paths'
import { tokenThrottle } from './public-throttle'

/**
 * `GET /api/public/z/<short token>`: the manage link an SMS carries (every character of an SMS is paid for),
 * leading with 303 to the manage page's full token link. Limited per client address like every token page.
 */
export const shortManageLinkEndpoint = (options: NotificationsOptions): Endpoint => ({
  path: `${endpointPath(SHORT_MANAGE_ROUTE)}/:token`,
  method: 'get',
  handler: async (req) => {
    const wait = await tokenThrottle.take({ client: clientAddress(req.headers) })
    if (wait) return invalidLink(req, options, wait)
    const token = String(req.routeParams?.token ?? '')
    const id = shortTokenId(token)
    const subscription = id ? await findSubscription(req.payload, id) : null
    if (
      !subscription ||
      !shortTokenMatches(req.payload.secret, 'manage', token, subscription.id, subscription.manageNonce)
    )
      return invalidLink(req, options)
    const full = makeToken(req.payload.secret, 'manage', subscription.id, subscription.manageNonce!)
    return new Response(null, {
      status: 303,
      headers: {
        Location: tokenLink(options.siteUrl, SUBSCRIPTION_ROUTES.manage, full),
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      },
    })
  },
})
