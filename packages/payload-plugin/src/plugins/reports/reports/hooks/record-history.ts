import type { CollectionAfterChangeHook } from 'payload'
import { REPORT_SLUGS } from '../../slugs'

/**
 * After a clerk saves a report: a change of state, the reply and the note become messages of its history (the
 * change of state and the reply then reach the resident, see messages/hooks.ts), in this order.
 */
export const recordHistory: CollectionAfterChangeHook = async ({ doc, previousDoc, req, operation }) => {
  if (req.context.fromReportHook || req.context.fromResident || operation !== 'update') return doc
  const add = (data: Record<string, unknown>) =>
    req.payload.create({
      collection: REPORT_SLUGS.messages as never,
      data: { report: doc.id, ...data } as never,
      overrideAccess: true,
      context: { fromReportHook: true },
      user: req.user,
      req,
    })
  if (doc.status !== previousDoc?.status && doc.confirmedAt)
    await add({
      kind: 'status',
      status: doc.status,
      body: doc.status === 'rejected' || doc.status === 'forwarded' ? (doc.justification ?? null) : null,
    })
  const reply = req.context.reportReply as string | undefined
  const note = req.context.reportNote as string | undefined
  delete req.context.reportReply
  delete req.context.reportNote
  if (reply) await add({ kind: 'reply', body: reply })
  if (note) await add({ kind: 'note', body: note })
  return doc
}
