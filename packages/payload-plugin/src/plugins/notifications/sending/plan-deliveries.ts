import type { Payload, PayloadRequest } from 'payload'
import { NOTIFICATION_SLUGS } from '../slugs'
import { deliveryKey } from './message-keys'
import { queueSend } from './queue-send'

/**
 * Plans one message for each recipient: a `deliveries` record per recipient with the message's key, subject and
 * due time, then wakes the send job. A recipient who already has this message planned is skipped (a hook that
 * runs twice, a retried job), so each gets it once. Returns how many were planned.
 */
export const planDeliveries = async (
  payload: Payload,
  plan: {
    message: string
    subject: string
    dueAt: Date
    recipients: { id: string | number; channel: string }[]
    /** The field of `deliveries` naming the recipient: a subscription, or another plugin's record (a report). */
    relation?: string
    /** The request whose transaction the deliveries join (planned from a hook: sent only once it commits). */
    req?: PayloadRequest
  },
): Promise<number> => {
  const existing = await payload.find({
    collection: NOTIFICATION_SLUGS.deliveries as never,
    where: { message: { equals: plan.message } },
    pagination: false,
    depth: 0,
    select: { key: true } as never,
    overrideAccess: true,
    ...(plan.req ? { req: plan.req } : {}),
  })
  const planned = new Set(existing.docs.map((doc) => String((doc as { key?: unknown }).key)))
  let count = 0
  for (const recipient of plan.recipients) {
    const key = deliveryKey(plan.message, recipient.id)
    if (planned.has(key)) continue
    await payload.create({
      collection: NOTIFICATION_SLUGS.deliveries as never,
      data: {
        key,
        message: plan.message,
        subject: plan.subject,
        [plan.relation ?? 'subscription']: recipient.id,
        channel: recipient.channel,
        state: 'queued',
        dueAt: plan.dueAt.toISOString(),
        attempts: 0,
      } as never,
      overrideAccess: true,
      ...(plan.req ? { req: plan.req } : {}),
    })
    count += 1
  }
  if (count > 0) await queueSend(payload, plan.dueAt, plan.req)
  return count
}
