import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import { NOTIFY_QUEUE, NOTIFY_TASKS } from '../slugs'
import type { AlertVariant } from '../sending/message-keys'

const CONTEXT_KEY = 'ratuszNotify'

/**
 * Before an alert is saved: when it is being published with "Powiadom subskrybentów" ticked, notes which
 * message to send (the first, an update after an earlier one, or a cancellation once it has ended), stamps
 * `notifiedAt` and unticks the box, so a later correction is sent only if the editor ticks it again.
 */
export const decideAlertNotification: CollectionBeforeChangeHook = ({ data, originalDoc, context }) => {
  const publishing = (data._status ?? originalDoc?._status) === 'published'
  if (!publishing || !data.notifySubscribers) return data
  const now = new Date()
  const until = data.validUntil ?? originalDoc?.validUntil
  const variant: AlertVariant =
    until && new Date(until) <= now ? 'cancelled' : originalDoc?.notifiedAt ? 'update' : 'new'
  context[CONTEXT_KEY] = { variant, at: now.toISOString() }
  return { ...data, notifySubscribers: false, notifiedAt: now.toISOString() }
}

/** After the save: queues the notification's planning in the same transaction (it exists only if the save does). */
export const queueAlertNotification: CollectionAfterChangeHook = async ({ doc, req, context }) => {
  const decided = context[CONTEXT_KEY] as { variant: AlertVariant; at: string } | undefined
  if (!decided) return doc
  delete context[CONTEXT_KEY]
  await req.payload.jobs.queue({
    task: NOTIFY_TASKS.plan,
    input: { id: String(doc.id), variant: decided.variant, at: decided.at },
    queue: NOTIFY_QUEUE,
    req,
  } as never)
  return doc
}
