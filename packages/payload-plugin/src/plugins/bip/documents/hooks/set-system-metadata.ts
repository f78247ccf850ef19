import { BIP_ACTOR_FALLBACK, type BipChange } from '@ratusz/contract'
import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { message } from '../../../../shared/i18n'
import { userName } from '../../../news/articles/hooks/default-author'

/** The register entry a publication will write once it is saved (read by `record-bip-change.ts`). */
export type PendingBipChange = {
  action: BipChange['action']
  note: string
  version: number
  by: string
  at: string
}

export const PENDING_CHANGE = 'bipPendingChange'

/** Trusted scripts (the demo seed) may date a publication in the past; REST clients cannot set `context`. */
const BACKDATE = 'bipPublishedAt'

const SYSTEM_FIELDS = ['enteredBy', 'publishedAt', 'modifiedBy', 'modifiedAt', 'version'] as const

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** Whether a text is (or holds) an e-mail address, which the BIP must never publish as a person's name. */
const looksLikeEmail = (value: string): boolean => /\S@\S/.test(value)

/**
 * Who the site and the register name as having entered or changed a document: the signed-in user's name. A user
 * without one (or with an e-mail typed as their name) is named as the BIP's editorial office, never by e-mail:
 * the sign-in address is not public information.
 */
const actorName = (user: unknown): string => {
  const name = userName(user)
  return name && !looksLikeEmail(name) ? name : BIP_ACTOR_FALLBACK
}

const refuse = (req: PayloadRequest, path: string, pick: Parameters<typeof message>[1]): never => {
  throw new ValidationError({ errors: [{ path, message: message(req, pick) }], req })
}

/**
 * The art. 8 metadata the system, not the editor, fills in: "wprowadził" and the publication time on first
 * publication, "ostatnio zmienił" and the time on every later one, the version number and the withdrawal date.
 * Values a request sends for them are ignored. Publishing a change to a document published before requires a
 * change note; withdrawing requires a reason. The register entry is handed to the afterChange hook.
 */
export const setSystemMetadata: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  const next: Record<string, unknown> = { ...data }
  for (const field of SYSTEM_FIELDS) next[field] = originalDoc?.[field] ?? null
  const withdrawal = { ...(data.withdrawal ?? originalDoc?.withdrawal ?? {}) }
  const wasWithdrawn = Boolean(originalDoc?.withdrawal?.withdrawn)
  withdrawal.withdrawnAt = originalDoc?.withdrawal?.withdrawnAt ?? null
  next.withdrawal = withdrawal

  if ((data._status ?? originalDoc?._status) !== 'published') return next

  const at = typeof context[BACKDATE] === 'string' ? (context[BACKDATE] as string) : new Date().toISOString()
  const by = actorName(req.user)
  const wasPublished = Boolean(originalDoc?.publishedAt)
  if (withdrawal.withdrawn && !text(withdrawal.reason)) {
    refuse(req, 'withdrawal.reason', (t) => t.bip.messages.withdrawalReasonRequired)
  }
  withdrawal.withdrawnAt = withdrawal.withdrawn ? (withdrawal.withdrawnAt ?? at) : null
  const withdrawing = Boolean(withdrawal.withdrawn) && !wasWithdrawn

  let note = text(data.changeNote)
  let action: BipChange['action'] = 'publikacja'
  if (wasPublished) {
    action = withdrawing ? 'wycofanie' : 'zmiana'
    if (!note && withdrawing) note = `Wycofano do archiwum: ${text(withdrawal.reason)}`
    if (!note) refuse(req, 'changeNote', (t) => t.bip.messages.changeNoteRequired)
    next.modifiedBy = by
    next.modifiedAt = at
    next.version = Number(originalDoc?.version ?? 1) + 1
  } else {
    next.enteredBy = by
    next.publishedAt = at
    next.version = 1
    note ||= 'Publikacja dokumentu'
  }
  next.changeNote = null
  const pending: PendingBipChange = { action, note, version: Number(next.version), by, at }
  context[PENDING_CHANGE] = pending
  return next
}
