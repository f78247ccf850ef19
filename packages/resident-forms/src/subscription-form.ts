import { html, type SafeHtml } from './html'
import {
  CHANNEL_NAMES,
  FREQUENCY_NAMES,
  SUBSCRIPTION_FREQUENCIES,
  SUBSCRIPTION_TOPICS,
  TOPIC_NAMES,
  type Choice,
  type SubscriptionChoices,
} from './subscription-choices'
import { SUBSCRIPTION_FIELDS as F } from './subscription-form-fields'
import type { FormErrors, SubscriptionValues } from './subscription-values'

const errorId = (field: string) => `blad-${field}`

const errorText = (errors: FormErrors, field: keyof SubscriptionValues, name: string) =>
  errors[field] ? html`<p class="field-error" id="${errorId(name)}">${errors[field]}</p>` : null

const described = (errors: FormErrors, field: keyof SubscriptionValues, name: string, hint?: string) => {
  const ids = [hint, errors[field] ? errorId(name) : undefined].filter(Boolean)
  return ids.length ? html` aria-describedby="${ids.join(' ')}"` : null
}

const checkboxes = (
  legend: string,
  hint: string,
  name: string,
  field: keyof SubscriptionValues,
  choices: Choice[],
  chosen: string[],
  errors: FormErrors,
) =>
  choices.length === 0
    ? null
    : html`<fieldset class="choices" ${described(errors, field, name, `${name}-opis`)}>
        <legend>${legend}</legend>
        <p class="hint" id="${name}-opis">${hint}</p>
        ${errorText(errors, field, name)}
        ${choices.map(
          (choice) =>
            html`<label class="choice"
              ><input
                type="checkbox"
                name="${name}"
                value="${String(choice.id)}"
                ${chosen.includes(String(choice.id)) ? html` checked` : null}
              />
              ${choice.name}${choice.description ? html` <span class="hint">${choice.description}</span>` : null}</label
            >`,
        )}
      </fieldset>`

/** The choices shared by the sign-up and the manage form: what, where, which topics and groups, how often. */
export const subscriptionChoicesHtml = (
  choices: SubscriptionChoices,
  values: SubscriptionValues,
  errors: FormErrors,
): SafeHtml =>
  html`<fieldset class="choices" ${described(errors, 'topics', F.topics)}>
      <legend>Co chcesz dostawać?</legend>
      ${errorText(errors, 'topics', F.topics)}
      ${SUBSCRIPTION_TOPICS.map(
        (topic) =>
          html`<label class="choice"
            ><input
              type="checkbox"
              name="${F.topics}"
              value="${topic}"
              ${values.topics.includes(topic) ? html` checked` : null}
            />
            ${TOPIC_NAMES[topic]}</label
          >`,
      )}
    </fieldset>
    ${checkboxes(
      'Których miejscowości i osiedli?',
      'Nie zaznaczysz żadnego – dostaniesz wiadomości z całej gminy. Komunikaty dla całej gminy dostaje każdy.',
      F.areas,
      'areas',
      choices.areas,
      values.areas,
      errors,
    )}
    ${checkboxes(
      'Jakich tematów aktualności i wydarzeń?',
      'Nie zaznaczysz żadnego – dostaniesz wszystkie.',
      F.categories,
      'categories',
      choices.categories,
      values.categories,
      errors,
    )}
    ${checkboxes(
      'Grupy powiadomień',
      'Grupy prowadzone przez urząd, np. dla zagrożonych powodzią. Należysz do nich niezależnie od wybranych miejscowości.',
      F.groups,
      'groups',
      choices.groups,
      values.groups,
      errors,
    )}
    <fieldset class="choices" ${described(errors, 'frequency', F.frequency, `${F.frequency}-opis`)}>
      <legend>Jak często wysyłać aktualności i wydarzenia?</legend>
      <p class="hint" id="${F.frequency}-opis">Komunikaty i ostrzeżenia przychodzą zawsze od razu.</p>
      ${errorText(errors, 'frequency', F.frequency)}
      ${SUBSCRIPTION_FREQUENCIES.map(
        (frequency) =>
          html`<label class="choice"
            ><input
              type="radio"
              name="${F.frequency}"
              value="${frequency}"
              ${values.frequency === frequency ? html` checked` : null}
            />
            ${FREQUENCY_NAMES[frequency]}</label
          >`,
      )}
    </fieldset>`

/** A list of the form's errors above it, each linking to its field, so a screen reader hears them first. */
export const errorSummaryHtml = (errors: FormErrors): SafeHtml | null => {
  const messages = Object.values(errors)
  if (messages.length === 0) return null
  return html`<div class="error-summary" role="alert" tabindex="-1">
    <h2>Popraw formularz</h2>
    <ul>
      ${messages.map((text) => html`<li>${text}</li>`)}
    </ul>
  </div>`
}

/** The sign-up form: channel and address, the choices, the consent clause, a honeypot and the shown-at stamp. */
export const subscribeFormHtml = (options: {
  action: string
  choices: SubscriptionChoices
  values: SubscriptionValues
  errors?: FormErrors
  consent: string[]
  consentVersion: string
  shownAt?: string
  /** Whether residents may choose SMS (only when the CMS has an SMS channel). */
  withSms?: boolean
  /**
   * Whether residents may choose notifications in the browser (the CMS has VAPID keys). The choice stays hidden
   * until the page's script finds that the browser can receive them.
   */
  withPush?: boolean
}): SafeHtml => {
  const { values, withSms = false, withPush = false } = options
  const errors = options.errors ?? {}
  return html`${errorSummaryHtml(errors)}
    <form class="resident-form" method="post" action="${options.action}">
      ${
        withSms || withPush
          ? html`<fieldset class="choices" ${described(errors, 'channel', F.channel)}>
              <legend>Jak chcesz dostawać powiadomienia?</legend>
              ${errorText(errors, 'channel', F.channel)}
              <label class="choice"
                ><input
                  type="radio"
                  name="${F.channel}"
                  value="email"
                  ${values.channel === 'email' || (values.channel === 'sms' && !withSms) || (values.channel === 'push' && !withPush) ? html` checked` : null}
                />
                ${CHANNEL_NAMES.email}</label
              >
              ${
                withSms
                  ? html`<label class="choice"
                      ><input
                        type="radio"
                        name="${F.channel}"
                        value="sms"
                        ${values.channel === 'sms' ? html` checked` : null}
                      />
                      ${CHANNEL_NAMES.sms}</label
                    >`
                  : null
              }
              ${
                withPush
                  ? html`<label
                      class="choice"
                      data-push-choice${values.channel === 'push' && values.push ? null : html` hidden`}
                      ><input
                        type="radio"
                        name="${F.channel}"
                        value="push"
                        ${values.channel === 'push' ? html` checked` : null}
                      />
                      ${CHANNEL_NAMES.push}
                      <span class="hint">(przeglądarka zapyta o zgodę)</span></label
                    >`
                  : null
              }
            </fieldset>`
          : html`<input type="hidden" name="${F.channel}" value="email" />`
      }
      ${withPush ? html`<input type="hidden" name="${F.push}" value="${values.push}" />` : null}
      <div class="field">
        <label for="${F.email}"
          >Adres e-mail${withSms ? html` <span class="hint">(gdy wybierasz e-mail)</span>` : null}</label
        >
        ${errorText(errors, 'email', F.email)}
        <input
          id="${F.email}"
          name="${F.email}"
          type="email"
          autocomplete="email"
          maxlength="254"
          value="${values.email}"
          ${described(errors, 'email', F.email)}${errors.email ? html` aria-invalid="true"` : null}
        />
      </div>
      ${
        withSms
          ? html`<div class="field">
              <label for="${F.phone}"
                >Numer telefonu komórkowego <span class="hint">(gdy wybierasz SMS)</span></label
              >
              ${errorText(errors, 'phone', F.phone)}
              <input
                id="${F.phone}"
                name="${F.phone}"
                type="tel"
                autocomplete="tel"
                maxlength="32"
                value="${values.phone}"
                ${described(errors, 'phone', F.phone)}${errors.phone ? html` aria-invalid="true"` : null}
              />
            </div>`
          : null
      }
      ${subscriptionChoicesHtml(options.choices, values, errors)}
      <section class="consent" aria-labelledby="zgoda-naglowek">
        <h2 id="zgoda-naglowek">Twoje dane</h2>
        ${options.consent.map((paragraph) => html`<p>${paragraph}</p>`)}
        ${errorText(errors, 'consent', F.consent)}
        <label class="choice"
          ><input
            type="checkbox"
            name="${F.consent}"
            value="tak"
            ${values.consent ? html` checked` : null}${described(errors, 'consent', F.consent)}
          />
          Zapoznałem się / zapoznałam się z informacją i zgadzam się na przetwarzanie mojego adresu lub numeru
          w celu wysyłania powiadomień.</label
        >
        <input type="hidden" name="wersja_zgody" value="${options.consentVersion}" />
      </section>
      <p class="honeypot" aria-hidden="true">
        <label for="${F.honeypot}">Nie wypełniaj tego pola</label>
        <input
          id="${F.honeypot}"
          name="${F.honeypot}"
          type="text"
          tabindex="-1"
          autocomplete="off"
          value=""
        />
      </p>
      <input type="hidden" name="${F.shownAt}" value="${options.shownAt ?? ''}" />
      <p><button type="submit">Zapisz się</button></p>
      <p class="hint">
        Wyślemy wiadomość z linkiem${withSms ? ' (e-mail) albo kod (SMS)' : ''}. Powiadomienia zaczną
        przychodzić dopiero po potwierdzeniu.
      </p>
    </form>`
}
