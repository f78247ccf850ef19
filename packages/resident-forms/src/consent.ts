/**
 * The version of the consent text below. Change it with every change of the text: each subscription keeps the
 * version the resident agreed to.
 */
export const SUBSCRIPTION_CONSENT_VERSION = '2026-11-30'

/** Who the controller of the data is, from the site settings. */
export type Controller = {
  officeName: string
  address: { street: string; postalCode: string; city: string }
  contacts: { email: string }
}

/** How long things are kept, in days and hours (the CMS's notification options). */
export type Retention = { pendingHours: number; erasedAfterDays: number }

/** The controller with whatever of its address and e-mail the settings give. */
export const controllerLine = ({ officeName, address, contacts }: Controller): string => {
  const place = [address.street, `${address.postalCode} ${address.city}`.trim()].filter(Boolean).join(', ')
  return (
    [officeName, place].filter(Boolean).join(', ') + (contacts.email ? ` (e-mail: ${contacts.email})` : '')
  )
}

/**
 * The information clause (RODO art. 13) of a subscription, as paragraphs: controller, purpose and basis, what is
 * kept and for how long, rights.
 */
export const subscriptionConsent = (controller: Controller, retention: Retention): string[] => [
  `Administratorem danych jest ${controllerLine(controller)}.`,
  'Adres e-mail lub numer telefonu przetwarzamy wyłącznie po to, aby wysyłać wybrane przez Ciebie powiadomienia, na podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO). Podanie danych jest dobrowolne.',
  `Niepotwierdzone zgłoszenie usuwamy po ${retention.pendingHours} godzinach. Po wypisaniu się usuwamy adres lub numer w ciągu ${retention.erasedAfterDays} dni; zostaje tylko anonimowa liczba subskrybentów.`,
  'Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia, ograniczenia przetwarzania i przeniesienia, a także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Zgodę możesz wycofać w każdej chwili linkiem „Zarządzaj powiadomieniami” z każdej wiadomości.',
]
