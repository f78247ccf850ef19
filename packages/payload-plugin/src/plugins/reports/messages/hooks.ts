import {
  Forbidden,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
} from 'payload'
import { relationId } from '../../../shared/relation-id'
import { planReportMessage } from '../sending/report-messages'
import { planAnswerNotice } from '../sending/staff-messages'
import { findReport } from '../sending/stored-report'
import { REPORT_SLUGS } from '../slugs'

/**
 * A new message: staff write notes and replies to reports they may change (a handler: their categories); the
 * state changes come from the report's own hook and the resident's answers from the status page. Each message
 * carries its report's category and its author.
 */
export const prepareMessage: CollectionBeforeChangeHook = async ({ data, req, operation }) => {
  if (operation !== 'create') return data
  const reportId = data.report ? relationId(data.report) : null
  if (!reportId) return data
  const fromSystem = req.context.fromResident || req.context.fromReportHook
  if (!fromSystem) {
    if (data.kind !== 'note' && data.kind !== 'reply')
      throw new ValidationError({
        collection: REPORT_SLUGS.messages,
        errors: [{ path: 'kind', message: 'Dodaj notatkę wewnętrzną albo odpowiedź dla zgłaszającego.' }],
      })
    const visible = await req.payload
      .find({
        collection: REPORT_SLUGS.reports as never,
        where: { id: { equals: reportId } },
        limit: 1,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        req,
      })
      .catch(() => ({ docs: [] }))
    if (visible.docs.length === 0) throw new Forbidden(req.t)
  }
  const report = await findReport(req.payload, reportId, req)
  if (!report) throw new Forbidden(req.t)
  return {
    ...data,
    category: report.category ? relationId(report.category) : null,
    author: req.context.fromResident ? null : (req.user?.id ?? null),
  }
}

/**
 * A change of state or a reply reaches the resident (through the delivery queue, once the save commits); the
 * report's first response is the first of them.
 */
export const sendMessageToResident: CollectionAfterChangeHook = async ({ doc, req, operation }) => {
  if (operation !== 'create' || (doc.kind !== 'reply' && doc.kind !== 'status')) return doc
  const report = await findReport(req.payload, relationId(doc.report), req)
  if (!report) return doc
  const subject =
    doc.kind === 'reply' ? `Odpowiedź w sprawie zgłoszenia nr ${report.id}` : `Zgłoszenie nr ${report.id}`
  await planReportMessage(
    req.payload,
    report,
    { what: 'message', report: String(report.id), message: String(doc.id) },
    subject,
    req,
  )
  if (!(report as { firstResponseAt?: string | null }).firstResponseAt)
    await req.payload.update({
      collection: REPORT_SLUGS.reports as never,
      id: report.id,
      data: { firstResponseAt: new Date().toISOString() } as never,
      overrideAccess: true,
      context: { fromReportHook: true },
      req,
    })
  return doc
}

/**
 * The resident's answer from the status page reaches the report's handlers and its assignee: an e-mail says which
 * report to open in the admin (the answer itself stays there).
 */
export const tellStaffOfAnswer: CollectionAfterChangeHook = async ({ doc, req, operation }) => {
  if (operation !== 'create' || doc.kind !== 'answer') return doc
  await planAnswerNotice(req.payload, relationId(doc.report), doc.id, req)
  return doc
}
