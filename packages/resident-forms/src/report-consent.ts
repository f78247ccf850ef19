import { controllerLine, type Controller } from './consent'

/**
 * The version of the report consent text below. Change it with every change of the text: each report keeps the
 * version the resident agreed to.
 */
export const REPORT_CONSENT_VERSION = '2026-11-30'

/** How long reports keep personal data (the CMS's reports options). */
export type ReportRetention = { pendingHours: number; erasedAfterMonths: number }

/** The information clause (RODO art. 13) of a report: controller, purpose and basis, retention, rights. */
export const reportConsent = (controller: Controller, retention: ReportRetention): string[] => [
  `Administratorem danych jest ${controllerLine(controller)}.`,
  'Adres e-mail lub numer telefonu, opis, miejsce i zdjęcia przetwarzamy, aby przyjąć i załatwić zgłoszenie oraz informować Cię o jego losach, na podstawie Twojej zgody (art. 6 ust. 1 lit. a RODO) i zadań gminy w interesie publicznym (art. 6 ust. 1 lit. e RODO). Podanie kontaktu jest dobrowolne, ale bez niego nie przyjmiemy zgłoszenia.',
  `Zdjęcia zapisujemy bez danych o miejscu i aparacie. Niepotwierdzone zgłoszenie usuwamy po ${retention.pendingHours} godzinach. Dane osobowe usuwamy ${retention.erasedAfterMonths} miesięcy po zamknięciu zgłoszenia; zostaje anonimowa statystyka.`,
  'Zgłoszenie nie jest publiczne. Urząd może opublikować jego kategorię, miejsce, stan i opis bez Twoich danych.',
  'Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia, ograniczenia przetwarzania i przeniesienia, a także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.',
]
