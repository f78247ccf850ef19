import type { Endpoint } from 'payload'
import type { NotificationsOptions } from '../options'
import { SUBSCRIPTION_ROUTES, endpointPath } from './paths'

/**
 * `GET /api/public/powiadomienia/klucz-push`: the CMS's VAPID public key, which the `/powiadomienia/` page's
 * script subscribes the browser with (`applicationServerKey`); 404 when the CMS sends no Web Push.
 */
export const pushKeyEndpoint = (options: NotificationsOptions): Endpoint => ({
  path: endpointPath(SUBSCRIPTION_ROUTES.pushKey),
  method: 'get',
  handler: () =>
    options.push
      ? Response.json(
          { publicKey: options.push.publicKey },
          { headers: { 'Cache-Control': 'public, max-age=300' } },
        )
      : Response.json({ error: 'Web Push is off' }, { status: 404 }),
})
