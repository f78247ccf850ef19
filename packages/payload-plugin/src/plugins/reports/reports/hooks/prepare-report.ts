import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { message } from '../../../../shared/i18n'
import { relationId } from '../../../../shared/relation-id'
import { REPORT_SLUGS } from '../../slugs'
import { isClosed } from '../../statuses'

const DAY = 24 * 3600 * 1000

/** The deadline of a report: its confirmation plus its category's days. */
export const dueDate = async (
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  category: unknown,
  confirmedAt: string,
): Promise<string | null> => {
  if (!category) return null
  const found = (await req.payload
    .findByID({
      collection: REPORT_SLUGS.categories as never,
      id: relationId(category as string | number),
      depth: 0,
      overrideAccess: true,
      req,
    })
    .catch(() => null)) as { deadlineDays?: number | null } | null
  return new Date(new Date(confirmedAt).getTime() + (found?.deadlineDays ?? 14) * DAY).toISOString()
}

/**
 * Before a report is saved: a report staff record (a phone call) is confirmed at once; closing sets the closing
 * time (reopening clears it); a rejection or a forwarding needs a justification; a public report needs a public
 * description; the deadline follows the category. The reply and the note typed in the form move to the request's
 * context (the history gets them after the save) and are not stored on the report.
 */
export const prepareReport: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
  if (req.context.fromReportHook) return data
  const now = new Date().toISOString()
  const next = { ...data }
  if (operation === 'create' && !req.context.fromResident) {
    next.confirmedAt ??= now
    next.source ??= 'office'
  }
  const status = next.status ?? originalDoc?.status ?? 'new'
  if (isClosed(status) && !isClosed(originalDoc?.status)) next.closedAt = now
  if (!isClosed(status) && isClosed(originalDoc?.status)) next.closedAt = null
  const justification = next.justification ?? originalDoc?.justification
  const statusChanged = operation === 'update' && next.status && next.status !== originalDoc?.status
  if (
    statusChanged &&
    (status === 'rejected' || status === 'forwarded') &&
    !String(justification ?? '').trim()
  )
    throw new ValidationError({
      collection: REPORT_SLUGS.reports,
      errors: [
        { path: 'justification', message: message(req, (t) => t.reports.reports.justificationRequired) },
      ],
    })
  const isPublic = next.public ?? originalDoc?.public
  if (isPublic && !String(next.publicDescription ?? originalDoc?.publicDescription ?? '').trim())
    throw new ValidationError({
      collection: REPORT_SLUGS.reports,
      errors: [
        {
          path: 'publicDescription',
          message: message(req, (t) => t.reports.reports.publicDescriptionRequired),
        },
      ],
    })
  const confirmedAt = next.confirmedAt ?? originalDoc?.confirmedAt
  const category = next.category ?? originalDoc?.category
  const categoryChanged =
    originalDoc?.category && next.category && relationId(next.category) !== relationId(originalDoc.category)
  if (
    confirmedAt &&
    (!originalDoc?.dueAt || categoryChanged || (next.confirmedAt && !originalDoc?.confirmedAt))
  )
    next.dueAt = await dueDate(req, category, confirmedAt)
  // The first answer to the resident: a change of state or a reply.
  const replied = typeof next.reply === 'string' && next.reply.trim()
  if (operation === 'update' && !originalDoc?.firstResponseAt && (statusChanged || replied))
    next.firstResponseAt = now
  // What the clerk typed for the resident and for the file goes to the history after the save.
  if (typeof next.reply === 'string' && next.reply.trim()) req.context.reportReply = next.reply.trim()
  if (typeof next.note === 'string' && next.note.trim()) req.context.reportNote = next.note.trim()
  if ('reply' in next) next.reply = null
  if ('note' in next) next.note = null
  return next
}
