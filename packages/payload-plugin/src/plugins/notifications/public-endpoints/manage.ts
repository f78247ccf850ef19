import {
  EMPTY_SUBSCRIPTION,
  errorSummaryHtml,
  html,
  readSubscriptionForm,
  subscriptionChoicesHtml,
  type FormErrors,
  type SubscriptionValues,
} from '@ratusz/resident-forms'
import type { Endpoint, PayloadRequest } from 'payload'
import type { NotificationsOptions } from '../options'
import {
  changeSubscription,
  endSubscription,
  type StoredSubscription,
} from '../subscriptions/resident-writes'
import { formChoices } from './form-choices'
import { invalidLink } from './invalid-link'
import { recipientName } from './recipient-name'
import { SUBSCRIPTION_ROUTES, endpointPath } from './paths'
import { readFormOrNull } from '../../../shared/residents/read-form'
import { residentAnswer } from '../../../shared/residents/resident-answer'
import { subscriptionFromToken, tokenOf } from './subscription-from-token'

const strings = (values: (string | number)[] | null | undefined) => (values ?? []).map(String)

/** What a stored subscription has chosen, as the form shows it. */
const valuesOf = (subscription: StoredSubscription): SubscriptionValues => ({
  ...EMPTY_SUBSCRIPTION,
  channel: subscription.channel as SubscriptionValues['channel'],
  topics: (subscription.topics ?? []) as SubscriptionValues['topics'],
  areas: strings(subscription.areas),
  categories: strings(subscription.categories),
  groups: strings(subscription.groups),
  frequency: (subscription.frequency ?? 'immediately') as SubscriptionValues['frequency'],
})

const managePage = async (
  req: PayloadRequest,
  options: NotificationsOptions,
  subscription: StoredSubscription,
  token: string,
  values: SubscriptionValues,
  errors: FormErrors = {},
  note?: string,
) =>
  residentAnswer(req, options, {
    title: 'Twoje powiadomienia',
    status: Object.keys(errors).length ? 400 : 200,
    body: html`${note ? html`<p class="lead" role="status">${note}</p>` : null}
      <p>Powiadomienia na: ${recipientName(subscription)}.</p>
      ${errorSummaryHtml(errors)}
      <form class="resident-form" method="post" action="${SUBSCRIPTION_ROUTES.manage}">
        <input type="hidden" name="t" value="${token}" />
        ${subscriptionChoicesHtml(await formChoices(req.payload), values, errors)}
        <p><button type="submit" name="akcja" value="zapisz">Zapisz zmiany</button></p>
      </form>
      <h2>Nie chcesz już dostawać wiadomości?</h2>
      <form method="post" action="${SUBSCRIPTION_ROUTES.manage}">
        <input type="hidden" name="t" value="${token}" />
        <p><button type="submit" name="akcja" value="wypisz" class="secondary">Wypisz mnie</button></p>
        <p>
          <button type="submit" name="akcja" value="usun" class="secondary">
            Wypisz mnie i od razu usuń mój adres
          </button>
        </p>
      </form>
      <p><a href="${SUBSCRIPTION_ROUTES.myData}?t=${token}">Pobierz moje dane (plik JSON)</a></p>`,
  })

const leftPage = (req: PayloadRequest, options: NotificationsOptions, erased: boolean) =>
  residentAnswer(req, options, {
    title: 'Wypisano z powiadomień',
    body: html`<p>
        Nie będziesz już dostawać
        wiadomości.${
          erased
            ? ' Twój adres został usunięty.'
            : ` Twój adres usuniemy w ciągu ${options.erasedAfterDays} dni.`
        }
      </p>
      <p><a href="${options.siteUrl}/powiadomienia/">Możesz zapisać się ponownie w każdej chwili.</a></p>`,
  })

/** `GET /api/public/powiadomienia/zarzadzaj?t=…`: the resident's choices, to change, or to leave. */
export const managePageEndpoint = (options: NotificationsOptions): Endpoint => ({
  path: endpointPath(SUBSCRIPTION_ROUTES.manage),
  method: 'get',
  handler: async (req) => {
    const token = tokenOf(req)
    const { subscription, wait } = await subscriptionFromToken(req, 'manage', token)
    if (!subscription || !token) return invalidLink(req, options, wait)
    if (subscription.status === 'ended') return leftPage(req, options, !subscription.address)
    return managePage(req, options, subscription, token, valuesOf(subscription))
  },
})

/** `POST /api/public/powiadomienia/zarzadzaj`: saves new choices, or leaves (and erases at once if asked). */
export const manageEndpoint = (options: NotificationsOptions): Endpoint => ({
  path: endpointPath(SUBSCRIPTION_ROUTES.manage),
  method: 'post',
  handler: async (req) => {
    const form = await readFormOrNull(req as unknown as Request)
    if (!form) return invalidLink(req, options)
    const token = tokenOf(req, form)
    const { subscription, wait } = await subscriptionFromToken(req, 'manage', token)
    if (!subscription || !token) return invalidLink(req, options, wait)
    const action = form.get('akcja')
    if (action === 'wypisz' || action === 'usun') {
      if (subscription.status !== 'ended' || action === 'usun')
        await endSubscription(req.payload, subscription.id, 'Wypisanie na stronie', action === 'usun')
      return leftPage(req, options, action === 'usun')
    }
    if (subscription.status === 'ended') return leftPage(req, options, !subscription.address)
    const values = { ...readSubscriptionForm(form), channel: valuesOf(subscription).channel }
    if (values.topics.length === 0)
      return managePage(req, options, subscription, token, values, {
        topics:
          'Zaznacz co najmniej jedno: komunikaty, aktualności albo wydarzenia. Aby nic nie dostawać, wypisz się.',
      })
    const changed = await changeSubscription(req.payload, subscription.id, values)
    return managePage(req, options, changed, token, valuesOf(changed), {}, 'Zapisano zmiany.')
  },
})
