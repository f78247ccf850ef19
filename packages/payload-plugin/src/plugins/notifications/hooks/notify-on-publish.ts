import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { NOTIFY_QUEUE, NOTIFY_TASKS } from '../slugs'
import type { AlertVariant, NotifiedKind } from '../sending/message-keys'

const CONTEXT_KEY = 'ratuszNotify'

type Doc = Record<string, unknown>

/** Which message a publication with "Powiadom subskrybentów" ticked sends, from the new and the saved record. */
type VariantOf = (data: Doc, originalDoc: Doc | undefined, now: Date) => AlertVariant

/** An alert: cancelled once it has ended, an update after an earlier notification, else the first. */
export const alertVariant: VariantOf = (data, originalDoc, now) => {
  const until = data.validUntil ?? originalDoc?.validUntil
  return until && new Date(until as string) <= now ? 'cancelled' : originalDoc?.notifiedAt ? 'update' : 'new'
}

/** An event: cancelled when its status says so, an update after an earlier notification, else the first. */
export const eventVariant: VariantOf = (data, originalDoc) =>
  (data.status ?? originalDoc?.status) === 'cancelled'
    ? 'cancelled'
    : originalDoc?.notifiedAt
      ? 'update'
      : 'new'

/** A news article: an update after an earlier notification, else the first. */
export const articleVariant: VariantOf = (_data, originalDoc) => (originalDoc?.notifiedAt ? 'update' : 'new')

/**
 * Before an alert, an article or an event is saved: when it is being published with "Powiadom subskrybentów"
 * ticked, notes which message to send (`variantOf`), stamps `notifiedAt` and unticks the box, so a later
 * correction is sent only if the editor ticks it again.
 */
export const decideNotification =
  (variantOf: VariantOf): CollectionBeforeChangeHook =>
  ({ data, originalDoc, context }) => {
    const publishing = (data._status ?? originalDoc?._status) === 'published'
    if (!publishing || !data.notifySubscribers) return data
    const now = new Date()
    context[CONTEXT_KEY] = { variant: variantOf(data, originalDoc, now), at: now.toISOString() }
    return { ...data, notifySubscribers: false, notifiedAt: now.toISOString() }
  }

/** After the save: queues the notification's planning in the same transaction (it exists only if the save does). */
export const queueNotification =
  (kind: NotifiedKind): CollectionAfterChangeHook =>
  async ({ doc, req, context }) => {
    const decided = context[CONTEXT_KEY] as { variant: AlertVariant; at: string } | undefined
    if (!decided) return doc
    delete context[CONTEXT_KEY]
    await req.payload.jobs.queue({
      task: NOTIFY_TASKS.plan,
      input: { id: String(doc.id), variant: decided.variant, at: decided.at, kind },
      queue: NOTIFY_QUEUE,
      req,
    } as never)
    return doc
  }
