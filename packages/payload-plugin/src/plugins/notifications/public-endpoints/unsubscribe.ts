import { html } from '@ratusz/resident-forms'
import type { Endpoint } from 'payload'
import type { NotificationsOptions } from '../options'
import { endSubscription } from '../subscriptions/resident-writes'
import { invalidLink } from './invalid-link'
import { recipientName } from './recipient-name'
import { SUBSCRIPTION_ROUTES, endpointPath } from './paths'
import { residentAnswer } from '../../../shared/residents/resident-answer'
import { subscriptionFromToken, tokenOf } from './subscription-from-token'

/**
 * `GET /api/public/powiadomienia/wypisz?t=…`: the unsubscribe link of a message asks first (link scanners follow
 * GETs); its button posts.
 */
export const unsubscribePageEndpoint = (options: NotificationsOptions): Endpoint => ({
  path: endpointPath(SUBSCRIPTION_ROUTES.unsubscribe),
  method: 'get',
  handler: async (req) => {
    const token = tokenOf(req)
    const { subscription, wait } = await subscriptionFromToken(req, 'manage', token)
    if (!subscription) return invalidLink(req, options, wait)
    return residentAnswer(req, options, {
      title: 'Wypisać się z powiadomień?',
      body: html`<p>Wiadomości przestaną przychodzić na: ${recipientName(subscription)}.</p>
        <form method="post" action="${SUBSCRIPTION_ROUTES.unsubscribe}?t=${token}">
          <p><button type="submit">Tak, wypisz mnie</button></p>
        </form>`,
    })
  },
})

/**
 * `POST /api/public/powiadomienia/wypisz?t=…`: one-click unsubscribe (RFC 8058: the mail program posts
 * `List-Unsubscribe=One-Click` to the address of the `List-Unsubscribe` header), and the button above. Ends the
 * subscription at once; posting again changes nothing.
 */
export const unsubscribeEndpoint = (options: NotificationsOptions): Endpoint => ({
  path: endpointPath(SUBSCRIPTION_ROUTES.unsubscribe),
  method: 'post',
  handler: async (req) => {
    const { subscription, wait } = await subscriptionFromToken(req, 'manage', tokenOf(req))
    if (!subscription) return invalidLink(req, options, wait)
    if (subscription.status !== 'ended')
      await endSubscription(req.payload, subscription.id, 'Wypisanie jednym kliknięciem')
    return residentAnswer(req, options, {
      title: 'Wypisano z powiadomień',
      body: html`<p>
        Nie będziesz już dostawać wiadomości. Twój adres usuniemy w ciągu ${options.erasedAfterDays} dni.
      </p>`,
    })
  },
})
