import { html } from '@ratusz/resident-forms'
import type { Payload, PayloadRequest } from 'payload'
import type { ResidentMessageKind } from '../../notifications/sending/message-kinds'
import { planDeliveries } from '../../notifications/sending/plan-deliveries'
import { relationId } from '../../../shared/relation-id'
import { htmlEmail, plainTextEmail, type MessageFooter } from '../../../shared/residents/email-frame'
import { gminaOf } from '../../../shared/residents/gmina'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { REPORT_SLUGS } from '../slugs'
import { findReport, type StoredReport } from './stored-report'

/**
 * Notices to the office's staff about a report: the resident answered on the status page. Each goes to one
 * person (the category's handlers and the report's assignee) through the same delivery queue and e-mail channel
 * as the residents' messages; the delivery names the report, the message key names the person:
 * `report-staff:<report>:<message>:<user>`.
 */
const PREFIX = 'report-staff'

type Staff = { id: string | number; email?: string | null; roles?: string[] | null }
type Category = { id: string | number; name?: string | null; handlers?: unknown[] | null }

const readKey = (key: string) => {
  const [prefix, report, message, user] = key.split(':')
  return prefix === PREFIX && report && message && user ? { report, message, user } : null
}

const categoryOf = async (
  payload: Payload,
  report: StoredReport,
  req?: PayloadRequest,
): Promise<Category | null> =>
  report.category
    ? ((await payload
        .findByID({
          collection: REPORT_SLUGS.categories as never,
          id: relationId(report.category as string | number),
          depth: 0,
          overrideAccess: true,
          ...(req ? { req } : {}),
        })
        .catch(() => null)) as Category | null)
    : null

/** Who is told about a report: its category's handlers and its assignee, each once. */
const staffOf = async (payload: Payload, report: StoredReport, req?: PayloadRequest): Promise<string[]> => {
  const category = await categoryOf(payload, report, req)
  const assignee = (report as { assignee?: unknown }).assignee
  const ids = [...(category?.handlers ?? []), ...(assignee ? [assignee] : [])].map((user) =>
    String(relationId(user as string | number)),
  )
  return [...new Set(ids)]
}

/**
 * Tells the report's handlers (and its assignee) by e-mail that the resident answered on the status page. The
 * e-mail says only which report and where to read it (the admin): the answer itself stays in the admin, so no
 * mailbox keeps a resident's words after the report's personal data is erased.
 */
export const planAnswerNotice = async (
  payload: Payload,
  reportId: string | number,
  messageId: string | number,
  /** The request whose transaction the plan joins (the answer's: sent only once it is saved). */
  req?: PayloadRequest,
): Promise<number> => {
  const report = await findReport(payload, reportId, req)
  if (!report || report.erasedAt) return 0
  let planned = 0
  for (const user of await staffOf(payload, report, req))
    planned += await planDeliveries(
      payload,
      {
        message: `${PREFIX}:${report.id}:${messageId}:${user}`,
        subject: `Odpowiedź zgłaszającego: zgłoszenie nr ${report.id}`,
        dueAt: new Date(),
        recipients: [{ id: report.id, channel: 'email' }],
        relation: 'report',
      },
      req,
    )
  return planned
}

/**
 * Staff notices as a kind of message of the delivery queue: sent by e-mail to the person the key names while they
 * still handle the report's category or are its assignee (an account that lost the category gets nothing).
 */
export const staffMessageKind = (): ResidentMessageKind => ({
  relation: 'report',
  recipient: async (payload, id) => {
    const report = await findReport(payload, id)
    return report && !report.erasedAt ? { id: report.id } : null
  },
  email: async (payload, options, delivery) => {
    const ref = readKey(delivery.message)
    if (!ref) return null
    const report = await findReport(payload, ref.report)
    if (!report || report.erasedAt) return null
    if (!(await staffOf(payload, report)).includes(ref.user)) return null
    const user = (await payload
      .findByID({ collection: COLLECTION_SLUGS.users as never, id: ref.user, depth: 0, overrideAccess: true })
      .catch(() => null)) as Staff | null
    if (!user?.email) return null
    const category = await categoryOf(payload, report)
    const link = `${payload.config.serverURL.replace(/\/$/, '')}/admin/collections/${REPORT_SLUGS.reports}/${report.id}`
    const gmina = await gminaOf(payload)
    const footer: MessageFooter = {
      officeName: gmina.officeName,
      postalAddress: `${gmina.address.street}, ${gmina.address.postalCode} ${gmina.address.city}`,
      siteUrl: options.siteUrl.replace(/\/$/, ''),
      reason: 'Dostajesz tę wiadomość, bo obsługujesz zgłoszenia mieszkańców tej kategorii w serwisie gminy:',
    }
    const subject = `Odpowiedź zgłaszającego: zgłoszenie nr ${report.id}`
    const about = `Zgłaszający odpowiedział w sprawie zgłoszenia nr ${report.id}${category?.name ? ` (${category.name})` : ''}.`
    const where = 'Odpowiedź przeczytasz w historii zgłoszenia w panelu:'
    return {
      to: user.email,
      subject,
      text: plainTextEmail([subject, about, where, link], footer),
      html: htmlEmail(
        subject,
        html`<p style="margin:0 0 12px">${about}</p>
          <p style="margin:0 0 16px">
            <a href="${link}" style="color:#0b4f9c">Otwórz zgłoszenie nr ${String(report.id)} w panelu</a>
          </p>`,
        footer,
      ),
      headers: { 'Auto-Submitted': 'auto-generated' },
    }
  },
  sms: async () => null,
})
