import { html } from '@ratusz/resident-forms'
import type { Endpoint, PayloadRequest } from 'payload'
import type { NotificationsOptions } from '../options'
import {
  confirmSubscription,
  countWrongCode,
  type StoredSubscription,
} from '../subscriptions/resident-writes'
import { makeToken } from '../../../shared/residents/resident-token'
import { smsCodeMatches } from '../../../shared/residents/sms-code'
import { confirmedPage } from './confirm'
import { invalidLink } from './invalid-link'
import { SUBSCRIPTION_ROUTES, endpointPath, tokenLink } from './paths'
import { FormBodyError, readForm } from '../../../shared/residents/read-form'
import { residentAnswer } from '../../../shared/residents/resident-answer'
import { subscriptionFromToken, tokenOf } from './subscription-from-token'

/** The field the code is typed in. */
const CODE_FIELD = 'kod'

/**
 * The page an SMS sign-up gets: type the six-digit code the SMS brought. Its hidden token names the sign-up
 * (and proves the page came from this CMS); only the code, which only the phone got, confirms it.
 */
export const codePage = (
  req: PayloadRequest,
  options: NotificationsOptions,
  subscription: StoredSubscription,
  error?: string,
) => {
  const token = makeToken(req.payload.secret, 'code', subscription.id, subscription.confirmNonce!)
  return residentAnswer(req, options, {
    title: 'Wpisz kod z SMS-a',
    status: error ? 400 : 200,
    body: html`<p>
        Wysłaliśmy SMS z sześciocyfrowym kodem na numer <strong>${subscription.address}</strong>. Wpisz go
        poniżej w ciągu ${options.pendingHours} godzin, aby zacząć dostawać powiadomienia.
      </p>
      <form class="resident-form" method="post" action="${SUBSCRIPTION_ROUTES.confirmCode}">
        <input type="hidden" name="t" value="${token}" />
        <div class="field">
          <label for="${CODE_FIELD}">Kod z SMS-a</label>
          ${error ? html`<p class="field-error" id="blad-${CODE_FIELD}">${error}</p>` : null}
          <input
            id="${CODE_FIELD}"
            name="${CODE_FIELD}"
            inputmode="numeric"
            autocomplete="one-time-code"
            pattern="[0-9 -]*"
            maxlength="9"
            ${error ? html` aria-invalid="true" aria-describedby="blad-${CODE_FIELD}"` : null}
          />
        </div>
        <p><button type="submit">Potwierdzam zapis</button></p>
      </form>`,
  })
}

/**
 * `POST /api/public/powiadomienia/potwierdz-kod`: the code of an SMS sign-up. The right one confirms it; a wrong
 * one counts, and after `maxCodeAttempts` the sign-up is revoked and must start again (token pages are also
 * limited per client address).
 */
export const confirmCodeEndpoint = (options: NotificationsOptions): Endpoint => ({
  path: endpointPath(SUBSCRIPTION_ROUTES.confirmCode),
  method: 'post',
  handler: async (req) => {
    let form: URLSearchParams
    try {
      form = await readForm(req as unknown as Request)
    } catch (error) {
      if (error instanceof FormBodyError) return invalidLink(req, options)
      throw error
    }
    const { subscription, wait } = await subscriptionFromToken(req, 'code', tokenOf(req, form))
    if (!subscription || subscription.channel !== 'sms') return invalidLink(req, options, wait)
    const code = form.get(CODE_FIELD) ?? ''
    if (!smsCodeMatches(req.payload.secret, subscription.id, subscription.confirmNonce, code)) {
      const left = await countWrongCode(req.payload, subscription, options.maxCodeAttempts)
      if (left <= 0)
        return residentAnswer(req, options, {
          title: 'Zbyt wiele błędnych kodów',
          status: 400,
          body: html`<p>Ten zapis został anulowany. Możesz zapisać się od nowa – dostaniesz nowy kod.</p>
            <p><a href="${options.siteUrl}/powiadomienia/">Zapisz się na powiadomienia</a></p>`,
        })
      return codePage(req, options, subscription, `Kod się nie zgadza. Zostało prób: ${left}.`)
    }
    const active = await confirmSubscription(req.payload, subscription)
    const manageToken = makeToken(req.payload.secret, 'manage', active.id, active.manageNonce!)
    return confirmedPage(req, options, tokenLink(options.siteUrl, SUBSCRIPTION_ROUTES.manage, manageToken))
  },
})
