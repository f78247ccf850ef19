import type { Payload, PayloadRequest } from 'payload'
import { NOTIFICATION_SLUGS } from '../slugs'
import { insertDeliveries } from './insert-deliveries'
import { deliveryKey } from './message-keys'
import { queueSend } from './queue-send'

/** From how many recipients a plan writes its deliveries in multi-row inserts. */
const BULK_FROM = 20

/**
 * Plans one message for each recipient: a `deliveries` record per recipient with the message's key, subject and
 * due time, then wakes the send job (items held for a digest wait for the digest job instead). A recipient who already has this message planned is skipped (a hook that
 * runs twice, a retried job), so each gets it once. Returns how many were planned.
 */
export const planDeliveries = async (
  payload: Payload,
  plan: {
    message: string
    subject: string
    dueAt: Date
    recipients: { id: string | number; channel: string }[]
    /** `held`: kept for the recipients' digest instead of sent (default `queued`). */
    state?: 'queued' | 'held'
    /** A message just made (a sign-up's confirmation, its key's stamp now): nothing to look for first. */
    fresh?: boolean
    /** The field of `deliveries` naming the recipient: a subscription (default), or another plugin's record (a report). */
    relation?: string
  },
  /** The request whose transaction the writes join (a sign-up's: one commit for all its writes). */
  req?: PayloadRequest,
): Promise<number> => {
  const inRequest = req ? { req } : {}
  // Many recipients outside a request's transaction (a plan job's fan-out): multi-row inserts.
  if (!req && !plan.relation && plan.recipients.length >= BULK_FROM) {
    const count = await insertDeliveries(
      payload,
      plan.recipients.map((recipient) => ({
        key: deliveryKey(plan.message, recipient.id),
        message: plan.message,
        subject: plan.subject,
        subscription: recipient.id,
        channel: recipient.channel,
        state: plan.state ?? 'queued',
        dueAt: plan.dueAt,
      })),
    )
    if (count > 0 && plan.state !== 'held') await queueSend(payload, plan.dueAt)
    return count
  }
  const existing = plan.fresh
    ? { docs: [] }
    : await payload.find({
        collection: NOTIFICATION_SLUGS.deliveries as never,
        where: { message: { equals: plan.message } },
        pagination: false,
        depth: 0,
        select: { key: true } as never,
        overrideAccess: true,
        ...inRequest,
      })
  const planned = new Set(existing.docs.map((doc) => String((doc as { key?: unknown }).key)))
  let count = 0
  for (const recipient of plan.recipients) {
    const key = deliveryKey(plan.message, recipient.id)
    if (planned.has(key)) continue
    // Straight to the database adapter (the collection has no hooks), and nothing read back.
    await payload.db.create({
      collection: NOTIFICATION_SLUGS.deliveries,
      data: {
        key,
        message: plan.message,
        subject: plan.subject,
        [plan.relation ?? 'subscription']: recipient.id,
        channel: recipient.channel,
        state: plan.state ?? 'queued',
        dueAt: plan.dueAt.toISOString(),
        attempts: 0,
      },
      returning: false,
      ...inRequest,
    })
    count += 1
  }
  if (count > 0 && plan.state !== 'held') await queueSend(payload, plan.dueAt, req)
  return count
}
