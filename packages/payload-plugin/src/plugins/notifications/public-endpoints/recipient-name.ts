import { html, type SafeHtml } from '@ratusz/resident-forms'

/**
 * Who gets the messages, as the resident's pages name it: "adres e-mail jan@…", "numer telefonu +48…", or "ta
 * przeglądarka" (a browser's push address means nothing to a person).
 */
export const recipientName = (subscription: { channel: string; address?: string | null }): SafeHtml => {
  if (subscription.channel === 'push') return html`powiadomienia w przeglądarce`
  const what = subscription.channel === 'sms' ? 'numer telefonu' : 'adres e-mail'
  return html`${what} <strong>${subscription.address ?? ''}</strong>`
}
