import type { CollectionAfterChangeHook } from 'payload'
import { BIP_SLUGS } from '../../slugs'
import { REGISTER_WRITE } from '../../changes/hooks/guard-register'
import { PENDING_CHANGE, type PendingBipChange } from './set-system-metadata'

const idOf = (value: unknown): number | string | null => {
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/** The published content of a version, as the register keeps it so the public can read every past version. */
const snapshotOf = (doc: Record<string, unknown>) => ({
  title: doc.title,
  category: idOf(doc.category),
  kind: doc.kind,
  deadline: doc.deadline ?? null,
  body: doc.body,
  attachments: ((doc.attachments as unknown[]) ?? []).map(idOf).filter((id) => id !== null),
  publisher: doc.publisher,
  producedBy: doc.producedBy,
  producedAt: doc.producedAt,
  enteredBy: doc.enteredBy,
  publishedAt: doc.publishedAt,
  exclusion: doc.exclusion ?? null,
  withdrawal: doc.withdrawal ?? null,
})

/**
 * When a publication was saved, writes its entry to the append-only `bip-changes` register (document, version,
 * who, when, note and a snapshot of the published content) and releases its attachments to the public.
 */
export const recordBipChange: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const pending = context[PENDING_CHANGE] as PendingBipChange | undefined
  if (!pending || doc._status !== 'published') return doc
  delete context[PENDING_CHANGE]
  await req.payload.create({
    collection: BIP_SLUGS.changes as never,
    req,
    context: { [REGISTER_WRITE]: true },
    data: {
      document: doc.id,
      permanentId: doc.permanentId,
      title: doc.title,
      version: pending.version,
      action: pending.action,
      note: pending.note,
      changedBy: pending.by,
      changedAt: pending.at,
      snapshot: snapshotOf(doc),
    } as never,
  })
  const files = snapshotOf(doc).attachments
  if (files.length > 0) {
    await req.payload.update({
      collection: BIP_SLUGS.files as never,
      where: { id: { in: files } },
      data: { released: true } as never,
      req,
    })
  }
  return doc
}
