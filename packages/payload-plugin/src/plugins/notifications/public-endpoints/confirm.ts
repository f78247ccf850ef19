import { html } from '@ratusz/resident-forms'
import type { Endpoint, PayloadRequest } from 'payload'
import type { NotificationsOptions } from '../options'
import { confirmSubscription } from '../subscriptions/resident-writes'
import { makeToken } from '../../../shared/residents/resident-token'
import { invalidLink } from './invalid-link'
import { SUBSCRIPTION_ROUTES, endpointPath, tokenLink } from './paths'
import { readFormOrNull } from '../../../shared/residents/read-form'
import { residentAnswer } from '../../../shared/residents/resident-answer'
import { subscriptionFromToken, tokenOf } from './subscription-from-token'

/**
 * `GET /api/public/powiadomienia/potwierdz?t=…`: the confirmation link of a sign-up shows a button; only its POST
 * confirms, because mail scanners follow every link in a message and must not subscribe anyone.
 */
export const confirmPageEndpoint = (options: NotificationsOptions): Endpoint => ({
  path: endpointPath(SUBSCRIPTION_ROUTES.confirm),
  method: 'get',
  handler: async (req) => {
    const token = tokenOf(req)
    const { subscription, wait } = await subscriptionFromToken(req, 'confirm', token)
    if (!subscription) return invalidLink(req, options, wait)
    return residentAnswer(req, options, {
      title: 'Potwierdź zapis na powiadomienia',
      body: html`<p>
          Potwierdź, że chcesz dostawać powiadomienia na adres <strong>${subscription.address}</strong>.
        </p>
        <form method="post" action="${SUBSCRIPTION_ROUTES.confirm}">
          <input type="hidden" name="t" value="${token}" />
          <p><button type="submit">Potwierdzam zapis</button></p>
        </form>`,
    })
  },
})

/** The page after a confirmed sign-up, with a link to the resident's choices. */
export const confirmedPage = (req: PayloadRequest, options: NotificationsOptions, manageLink: string) =>
  residentAnswer(req, options, {
    title: 'Zapis potwierdzony',
    body: html`<p>Dziękujemy. Od teraz będziesz dostawać wybrane powiadomienia.</p>
      <p>
        Każda wiadomość ma link do zmiany ustawień i wypisania się. Możesz też
        <a href="${manageLink}">zmienić ustawienia teraz</a>.
      </p>`,
  })

/** `POST /api/public/powiadomienia/potwierdz`: confirms the sign-up; the link is spent. */
export const confirmEndpoint = (options: NotificationsOptions): Endpoint => ({
  path: endpointPath(SUBSCRIPTION_ROUTES.confirm),
  method: 'post',
  handler: async (req) => {
    const form = await readFormOrNull(req as unknown as Request)
    if (!form) return invalidLink(req, options)
    const { subscription, wait } = await subscriptionFromToken(req, 'confirm', tokenOf(req, form))
    if (!subscription) return invalidLink(req, options, wait)
    const active = await confirmSubscription(req.payload, subscription)
    const manageToken = makeToken(req.payload.secret, 'manage', active.id, active.manageNonce!)
    return confirmedPage(req, options, tokenLink(options.siteUrl, SUBSCRIPTION_ROUTES.manage, manageToken))
  },
})
