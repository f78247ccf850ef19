import { html } from '@ratusz/resident-forms'
import { htmlEmail, plainTextEmail, type MessageFooter } from '../../../shared/residents/email-frame'
import { alertLink } from './load-alert'
import type { AlertVariant } from './message-keys'
import { polishTime } from './polish-time'

/** An alert as a message needs it. */
export type AlertForMessage = {
  title: string
  severity: string
  shortText: string
  slug?: string | null
  validFrom?: string | null
  validUntil?: string | null
  areaNames: string[]
}

const SEVERITY_WORDS: Record<string, string> = {
  informacja: 'Informacja',
  ostrzezenie: 'Ostrzeżenie',
  alarm: 'ALARM',
}
const VARIANT_PREFIXES: Record<AlertVariant, string> = {
  new: '',
  update: 'Aktualizacja: ',
  cancelled: 'Odwołane: ',
}

/** What an alert's message starts with: "Ostrzeżenie", "Aktualizacja: ALARM", "Odwołane: Informacja". */
export const alertHeadline = (severity: string, variant: AlertVariant): string =>
  `${VARIANT_PREFIXES[variant]}${SEVERITY_WORDS[severity] ?? 'Komunikat'}`

/** The subject of an alert's message: "Ostrzeżenie: Silny wiatr", "Aktualizacja: Ostrzeżenie: …". */
export const alertSubject = (
  alert: Pick<AlertForMessage, 'title' | 'severity'>,
  variant: AlertVariant,
): string => `${alertHeadline(alert.severity, variant)}: ${alert.title}`

const period = (alert: AlertForMessage): string | null => {
  if (!alert.validFrom) return null
  return alert.validUntil
    ? `Obowiązuje od ${polishTime(alert.validFrom)} do ${polishTime(alert.validUntil)}.`
    : `Obowiązuje od ${polishTime(alert.validFrom)}.`
}

/** An alert as an e-mail: subject, plain text and HTML, with the link to its page on the site. */
export const alertEmail = (
  alert: AlertForMessage,
  variant: AlertVariant,
  footer: MessageFooter,
): { subject: string; text: string; html: string } => {
  const subject = alertSubject(alert, variant)
  const link = alertLink(footer.siteUrl, alert)
  const where = alert.areaNames.length ? `Dotyczy: ${alert.areaNames.join(', ')}.` : 'Dotyczy całej gminy.'
  const cancelled = variant === 'cancelled' ? 'Komunikat został odwołany i już nie obowiązuje.' : null
  const paragraphs = [cancelled, alert.shortText, period(alert), where, `Więcej: ${link}`].filter(
    (line): line is string => Boolean(line),
  )
  const body = html`${paragraphs.slice(0, -1).map((line) => html`<p style="margin:0 0 12px">${line}</p>`)}
    <p style="margin:0 0 12px">
      <a href="${link}" style="color:#0b4f9c">Przeczytaj komunikat na stronie</a>
    </p>`
  return {
    subject,
    text: plainTextEmail([subject, ...paragraphs], footer),
    html: htmlEmail(subject, body, footer),
  }
}
