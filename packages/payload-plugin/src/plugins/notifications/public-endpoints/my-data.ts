import type { Endpoint } from 'payload'
import type { NotificationsOptions } from '../options'
import { invalidLink } from './invalid-link'
import { SUBSCRIPTION_ROUTES, endpointPath } from './paths'
import { subscriptionFromToken, tokenOf } from './subscription-from-token'

/**
 * `GET /api/public/powiadomienia/moje-dane?t=…`: everything kept about the resident's subscription, as a JSON
 * file (RODO art. 15 and 20): address, choices, consent version, dates. No secrets.
 */
export const myDataEndpoint = (options: NotificationsOptions): Endpoint => ({
  path: endpointPath(SUBSCRIPTION_ROUTES.myData),
  method: 'get',
  handler: async (req) => {
    const { subscription, wait } = await subscriptionFromToken(req, 'manage', tokenOf(req))
    if (!subscription) return invalidLink(req, options, wait)
    const data = {
      kanal: subscription.channel,
      adres: subscription.address ?? null,
      stan: subscription.status,
      co: subscription.topics ?? [],
      obszary: subscription.areas ?? [],
      tematy: subscription.categories ?? [],
      grupy: subscription.groups ?? [],
      czestotliwosc: subscription.frequency,
      wersjaZgody: subscription.consentVersion ?? null,
      zapisano: subscription.createdAt ?? null,
      poczatek: subscription.startedAt ?? null,
      koniec: subscription.endedAt ?? null,
    }
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': 'attachment; filename="moje-powiadomienia.json"',
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      },
    })
  },
})
