import {
  SUBSCRIPTION_CONSENT_VERSION,
  SUBSCRIPTION_FIELDS,
  checkSubscription,
  html,
  readPushSubscription,
  readSubscriptionForm,
  subscribeFormHtml,
  subscriptionConsent,
  type FormErrors,
  type SubscriptionValues,
} from '@ratusz/resident-forms'
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { clientAddress } from '../../../shared/client-address'
import type { NotificationsOptions } from '../options'
import { planDeliveries } from '../sending/plan-deliveries'
import { messageKey } from '../sending/message-keys'
import { requestSubscription, startPushSubscription } from '../subscriptions/resident-writes'
import { makeToken, signShownAt } from '../../../shared/residents/resident-token'
import { codePage } from './confirm-code'
import { formChoices } from './form-choices'
import { gminaOf } from '../../../shared/residents/gmina'
import { SUBSCRIPTION_ROUTES, endpointPath, tokenLink } from './paths'
import { shownLongEnough } from '../../../shared/residents/shown-long-enough'
import { subscribeThrottle } from './public-throttle'
import { FormBodyError, readForm } from '../../../shared/residents/read-form'
import { residentAnswer } from '../../../shared/residents/resident-answer'
import { tooManyRequests } from '../../../shared/residents/too-many-requests'

/** The form again, with what the resident typed, the errors (if any) and a signed stamp of now. */
const formAgain = async (
  req: PayloadRequest,
  options: NotificationsOptions,
  values: SubscriptionValues,
  errors: FormErrors,
  status: number,
  note?: string,
) => {
  const gmina = await gminaOf(req.payload)
  return residentAnswer(req, options, {
    title: 'Zapisz się na powiadomienia',
    status,
    body: html`${note ? html`<p class="lead">${note}</p>` : null}${subscribeFormHtml({
      action: SUBSCRIPTION_ROUTES.subscribe,
      choices: await formChoices(req.payload),
      values,
      errors,
      consent: subscriptionConsent(gmina, options),
      consentVersion: SUBSCRIPTION_CONSENT_VERSION,
      shownAt: signShownAt(req.payload.secret, Date.now()),
      withSms: Boolean(options.sms),
      withPush: Boolean(options.push),
    })}`,
  })
}

const checkYourMailbox = (req: PayloadRequest, options: NotificationsOptions) =>
  residentAnswer(req, options, {
    title: 'Sprawdź skrzynkę e-mail',
    body: html`<p>
        Wysłaliśmy wiadomość z linkiem potwierdzającym. Kliknij go w ciągu ${options.pendingHours} godzin, aby
        zacząć dostawać powiadomienia.
      </p>
      <p>Nie widzisz wiadomości? Sprawdź folder „Spam” lub „Oferty”.</p>`,
  })

const pushOn = (req: PayloadRequest, options: NotificationsOptions, manageLink: string) =>
  residentAnswer(req, options, {
    title: 'Powiadomienia w przeglądarce włączone',
    body: html`<p>
        Od teraz ta przeglądarka będzie pokazywać wybrane powiadomienia, także gdy strona gminy jest
        zamknięta.
      </p>
      <p>
        Aby je wyłączyć, zablokuj powiadomienia tej strony w ustawieniach przeglądarki albo
        <a href="${manageLink}">zmień ustawienia lub wypisz się</a> (zachowaj ten link).
      </p>`,
  })

/** Which channels this CMS sends through: SMS needs a provider (or the outbox), Web Push its VAPID keys. */
const channelError = (channel: string, options: NotificationsOptions): string | null => {
  if (channel === 'sms' && !options.sms) return 'Ta gmina nie wysyła powiadomień SMS-em. Wybierz e-mail.'
  if (channel === 'push' && !options.push)
    return 'Ta gmina nie wysyła powiadomień w przeglądarce. Wybierz e-mail.'
  return null
}

/**
 * Whether a push address may be posted to: browsers' push services have public host names, so in production an
 * address on this machine or a bare IP address (the CMS's own network) is refused.
 */
const reachablePushEndpoint = (endpoint: string): boolean => {
  if (process.env.NODE_ENV !== 'production') return true
  const host = new URL(endpoint).hostname
  return !(
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^[\d.]+$/.test(host) ||
    host.startsWith('[')
  )
}

/**
 * `POST /api/public/powiadomienia`: a sign-up from the site's form. Checks (honeypot, the form was open long
 * enough, the fields, limits per client and per address), then records the request and sends the confirmation
 * link through the delivery queue. The answer is the same whether the address was known or not.
 */
export const subscribeEndpoint = (options: NotificationsOptions): Endpoint => ({
  path: endpointPath(SUBSCRIPTION_ROUTES.subscribe),
  method: 'post',
  handler: async (req) => {
    let body: URLSearchParams
    try {
      body = await readForm(req as unknown as Request)
    } catch (error) {
      if (!(error instanceof FormBodyError)) throw error
      return residentAnswer(req, options, {
        title: 'Nie udało się wysłać formularza',
        status: error.status,
        body: html`<p>${error.message}</p>
          <p><a href="${options.siteUrl}/powiadomienia/">Wróć do formularza</a></p>`,
      })
    }
    const values = readSubscriptionForm(body)
    // A bot filled the field people never see: answer as if all went well, do nothing.
    if (body.get(SUBSCRIPTION_FIELDS.honeypot)) return checkYourMailbox(req, options)
    if (!shownLongEnough(req.payload.secret, body.get(SUBSCRIPTION_FIELDS.shownAt), options.minFillSeconds))
      return formAgain(req, options, values, {}, 200, 'Sprawdź swoje wybory i wyślij formularz jeszcze raz.')
    const checked = checkSubscription(values)
    if (!checked.ok) return formAgain(req, options, values, checked.errors, 400)
    const unavailable = channelError(values.channel, options)
    if (unavailable) return formAgain(req, options, values, { channel: unavailable }, 400)
    const wait = await subscribeThrottle.take({
      client: clientAddress(req.headers),
      contact: checked.address,
    })
    if (wait) return tooManyRequests(req, options, wait)
    if (values.channel === 'push') {
      const push = readPushSubscription(values.push)!
      if (!reachablePushEndpoint(push.endpoint))
        return formAgain(req, options, values, { channel: 'Nieprawidłowa subskrypcja przeglądarki.' }, 400)
      const subscription = await startPushSubscription(req.payload, { ...push, values: checked.values })
      const token = makeToken(req.payload.secret, 'manage', subscription.id, subscription.manageNonce!)
      return pushOn(req, options, tokenLink(options.siteUrl, SUBSCRIPTION_ROUTES.manage, token))
    }
    // The request, its confirmation message and the send job in one transaction: one commit for a sign-up.
    const own = await initTransaction(req)
    let subscription: Awaited<ReturnType<typeof requestSubscription>>
    try {
      subscription = await requestSubscription(
        req.payload,
        {
          channel: values.channel,
          address: checked.address,
          values: checked.values,
          pendingHours: options.pendingHours,
        },
        req,
      )
      await planDeliveries(
        req.payload,
        {
          message: messageKey({
            kind: 'confirm',
            subscription: String(subscription.id),
            stamp: String(Date.now()),
          }),
          subject: 'Potwierdzenie zapisu',
          dueAt: new Date(),
          recipients: [{ id: subscription.id, channel: subscription.channel }],
          fresh: true,
        },
        req,
      )
      if (own) await commitTransaction(req)
    } catch (error) {
      if (own) await killTransaction(req)
      throw error
    }
    if (values.channel === 'sms') return codePage(req, options, subscription)
    return checkYourMailbox(req, options)
  },
})
