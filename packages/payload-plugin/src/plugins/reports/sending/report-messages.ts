import { html } from '@ratusz/resident-forms'
import type { Payload, PayloadRequest } from 'payload'
import type { NotificationsOptions } from '../../notifications/options'
import { planDeliveries } from '../../notifications/sending/plan-deliveries'
import type { ResidentMessageKind } from '../../notifications/sending/message-kinds'
import { htmlEmail, plainTextEmail, type MessageFooter } from '../../../shared/residents/email-frame'
import { gminaOf } from '../../../shared/residents/gmina'
import { tokenLink } from '../../../shared/residents/paths'
import { makeToken } from '../../../shared/residents/resident-token'
import { smsCode } from '../../../shared/residents/sms-code'
import type { ReportsOptions } from '../options'
import { REPORT_ROUTES } from '../paths'
import { REPORT_SLUGS } from '../slugs'
import { STATUS_NAMES, type ReportStatus } from '../statuses'
import { contactOf, findReport, type StoredReport } from './stored-report'

/** What a report's message is: its confirmation, the note that it reached the office, or one of its messages. */
type ReportMessageRef =
  | { what: 'confirm' | 'received'; report: string; stamp: string }
  | { what: 'message'; report: string; message: string }

/** The key of a report's message: `report:<id>:confirm:<stamp>`, `report:<id>:message:<message id>`. */
export const reportMessageKey = (ref: ReportMessageRef): string =>
  ref.what === 'message'
    ? `report:${ref.report}:message:${ref.message}`
    : `report:${ref.report}:${ref.what}:${ref.stamp}`

const readKey = (key: string): ReportMessageRef | null => {
  const [kind, report, what, last] = key.split(':')
  if (kind !== 'report' || !report || !last) return null
  if (what === 'message') return { what, report, message: last }
  if (what === 'confirm' || what === 'received') return { what, report, stamp: last }
  return null
}

/** The code an SMS confirms a report with (bound to the report and its confirmation nonce). */
export const reportSmsCode = (secret: string, report: StoredReport): string =>
  smsCode(secret, `report-${report.id}`, report.confirmNonce ?? '')

/** The link to a report's status page (history, the resident's answer). */
export const statusLink = (
  payload: Payload,
  siteUrl: string,
  report: { id: string | number; statusNonce?: string | null },
) =>
  tokenLink(
    siteUrl,
    REPORT_ROUTES.status,
    makeToken(payload.secret, 'report-status', report.id, report.statusNonce!),
  )

/**
 * Sends a report's message to the resident through the notifications' delivery queue: planned in the request's
 * transaction (when a hook plans it), so it leaves only once the change is saved. Nothing for a report whose
 * contact is erased.
 */
export const planReportMessage = async (
  payload: Payload,
  report: StoredReport,
  ref: ReportMessageRef,
  subject: string,
  req?: PayloadRequest,
): Promise<number> => {
  if (!contactOf(report) || report.erasedAt) return 0
  return planDeliveries(
    payload,
    {
      message: reportMessageKey(ref),
      subject,
      dueAt: new Date(),
      recipients: [{ id: report.id, channel: report.contactChannel ?? 'email' }],
      relation: 'report',
    },
    req,
  )
}

type Loaded = {
  report: StoredReport
  ref: ReportMessageRef
  body?: string | null
  status?: ReportStatus | null
  kind?: string
}

const load = async (payload: Payload, key: string, recipientId: string | number): Promise<Loaded | null> => {
  const ref = readKey(key)
  if (!ref || ref.report !== String(recipientId)) return null
  const report = await findReport(payload, ref.report)
  if (!report || report.erasedAt) return null
  if (ref.what !== 'message') return { report, ref }
  const message = (await payload
    .findByID({ collection: REPORT_SLUGS.messages as never, id: ref.message, depth: 0, overrideAccess: true })
    .catch(() => null)) as { body?: string | null; status?: ReportStatus | null; kind?: string } | null
  if (!message) return null
  return { report, ref, body: message.body, status: message.status, kind: message.kind }
}

/** The lines of a report's message, the same for e-mail and (shortened) SMS. */
const linesOf = (loaded: Loaded, number: string): { subject: string; lines: string[] } => {
  if (loaded.ref.what === 'received')
    return {
      subject: `Zgłoszenie nr ${number} przyjęte do urzędu`,
      lines: [
        `Dziękujemy. Twoje zgłoszenie nr ${number} trafiło do urzędu. O każdej zmianie poinformujemy Cię w wiadomości.`,
      ],
    }
  if (loaded.kind === 'status' && loaded.status)
    return {
      subject: `Zgłoszenie nr ${number}: ${STATUS_NAMES[loaded.status].toLowerCase()}`,
      lines: [
        `Stan Twojego zgłoszenia nr ${number}: ${STATUS_NAMES[loaded.status]}.`,
        ...(loaded.body ? [loaded.body] : []),
      ],
    }
  return {
    subject: `Odpowiedź w sprawie zgłoszenia nr ${number}`,
    lines: [`Urząd odpowiedział na Twoje zgłoszenie nr ${number}:`, loaded.body ?? ''],
  }
}

/** Residents' reports as a kind of message of the delivery queue: their recipient is the report itself. */
export const reportMessageKind = (reports: ReportsOptions): ResidentMessageKind => ({
  relation: 'report',
  recipient: async (payload, id) => {
    const report = await findReport(payload, id)
    if (!report || report.erasedAt) return null
    return {
      id: report.id,
      address: contactOf(report),
      confirmNonce: report.confirmNonce ?? null,
      manageNonce: report.statusNonce ?? null,
    }
  },
  email: async (payload, options, delivery, recipient) => {
    const loaded = await load(payload, delivery.message, recipient.id)
    if (!loaded || !recipient.address) return null
    const siteUrl = options.siteUrl.replace(/\/$/, '')
    const gmina = await gminaOf(payload)
    const footer: MessageFooter = {
      officeName: gmina.officeName,
      postalAddress: `${gmina.address.street}, ${gmina.address.postalCode} ${gmina.address.city}`,
      siteUrl,
      reason: 'Dostajesz tę wiadomość, bo wysłałeś lub wysłałaś zgłoszenie na stronie gminy:',
    }
    const number = String(loaded.report.id)
    const headers = { 'Auto-Submitted': 'auto-generated' }
    if (loaded.ref.what === 'confirm') {
      if (!loaded.report.confirmNonce || loaded.report.confirmedAt) return null
      const link = tokenLink(
        siteUrl,
        REPORT_ROUTES.confirm,
        makeToken(payload.secret, 'report-confirm', loaded.report.id, loaded.report.confirmNonce),
      )
      const subject = `Potwierdź zgłoszenie: ${gmina.gminaName}`
      const lines = [
        'Ktoś (zapewne Ty) wysłał zgłoszenie na stronie gminy. Trafi ono do urzędu, gdy je potwierdzisz:',
        link,
        `Link działa ${reports.pendingHours} godzin. Jeśli to nie Ty, zignoruj tę wiadomość: zgłoszenie usuniemy.`,
      ]
      return {
        to: recipient.address,
        subject,
        text: plainTextEmail([subject, ...lines], footer),
        html: htmlEmail(
          subject,
          html`<p style="margin:0 0 12px">${lines[0]}</p>
            <p style="margin:0 0 16px">
              <a
                href="${link}"
                style="display:inline-block;padding:12px 20px;background:#0b4f9c;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold"
                >Potwierdzam zgłoszenie</a
              >
            </p>
            <p style="margin:0 0 12px">${lines[2]}</p>`,
          footer,
        ),
        headers,
      }
    }
    if (!loaded.report.statusNonce) return null
    const link = statusLink(payload, siteUrl, loaded.report)
    const { subject, lines } = linesOf(loaded, number)
    const tail = 'Historię zgłoszenia zobaczysz i odpowiesz na stronie:'
    return {
      to: recipient.address,
      subject,
      text: plainTextEmail([subject, ...lines, tail, link], footer),
      html: htmlEmail(
        subject,
        html`${lines.map((line) => html`<p style="margin:0 0 12px;white-space:pre-line">${line}</p>`)}
          <p style="margin:0 0 16px">
            <a href="${link}" style="color:#0b4f9c">Zobacz zgłoszenie i odpowiedz</a>
          </p>`,
        footer,
      ),
      headers,
    }
  },
  sms: async (payload, options: NotificationsOptions, delivery, recipient) => {
    const loaded = await load(payload, delivery.message, recipient.id)
    if (!loaded || !recipient.address) return null
    const siteUrl = options.siteUrl.replace(/\/$/, '')
    if (loaded.ref.what === 'confirm') {
      if (!loaded.report.confirmNonce || loaded.report.confirmedAt) return null
      const { gminaName } = await gminaOf(payload)
      return {
        to: recipient.address,
        text: `${reportSmsCode(payload.secret, loaded.report)} - kod potwierdzający zgłoszenie: ${gminaName}. Ważny ${reports.pendingHours} h. Jeśli to nie Ty, zignoruj tego SMS-a.`,
      }
    }
    if (!loaded.report.statusNonce) return null
    const { lines } = linesOf(loaded, String(loaded.report.id))
    const text = lines.join(' ')
    const short = text.length > 300 ? `${text.slice(0, 297)}...` : text
    return {
      to: recipient.address,
      text: `${short}\nSzczegóły: ${statusLink(payload, siteUrl, loaded.report)}`,
    }
  },
})
