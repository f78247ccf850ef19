import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { relationId } from '../../../shared/relation-id'
import type { NotificationsOptions } from '../options'
import { NOTIFICATION_SLUGS } from '../slugs'
import { claimDelivery } from './claim-delivery'
import { composeEmail, type Recipient } from './compose-email'
import { composePush } from './compose-push'
import { composeSms } from './compose-sms'
import { messageKindOf, type ResidentMessageKind } from './message-kinds'
import { readMessageKey } from './message-keys'
import { pushDelivery, sendPush } from './push/send-push'
import { queueSend } from './queue-send'
import { redact } from './redact'
import { backoffMinutes, isPermanentFailure } from './send-failure'

/** A delivery as the send job reads it. */
export type QueuedDelivery = {
  id: string | number
  key: string
  message: string
  channel: string
  attempts?: number | null
  subscription?: string | number | { id: string | number } | null
  [relation: string]: unknown
}

/** The outcome of handing a message to its channel: sent, or out of date (cancelled). Errors throw. */
type Handed = 'sent' | 'stale' | 'unavailable'

/** The Message-ID of a delivery's e-mail: the same for every attempt, so a resend is the same message. */
const messageIdOf = (options: NotificationsOptions, delivery: QueuedDelivery): string =>
  `<${crypto.createHash('sha256').update(delivery.key).digest('hex').slice(0, 32)}@${new URL(options.siteUrl).hostname}>`

/**
 * Hands one delivery to its channel: e-mail through Payload's e-mail adapter, SMS through the SMS adapter (with
 * an idempotency key a provider uses to refuse a duplicate), Web Push through the push service.
 */
const hand = async (
  payload: Payload,
  options: NotificationsOptions,
  delivery: QueuedDelivery,
  recipient: Recipient,
  kind: ResidentMessageKind | null,
): Promise<Handed> => {
  if (delivery.channel === 'email') {
    const email = kind
      ? await kind.email(payload, options, delivery, recipient)
      : await composeEmail(payload, options, delivery, recipient)
    if (!email) return 'stale'
    await payload.sendEmail({ messageId: messageIdOf(options, delivery), ...email })
    return 'sent'
  }
  if (delivery.channel === 'sms') {
    if (!options.sms) return 'unavailable'
    const sms = kind
      ? await kind.sms(payload, options, delivery, recipient)
      : await composeSms(payload, options, delivery, recipient)
    if (!sms) return 'stale'
    const idempotencyKey = crypto.createHash('sha256').update(delivery.key).digest('hex').slice(0, 32)
    await options.sms.send({ ...sms, idempotencyKey })
    return 'sent'
  }
  if (delivery.channel === 'push') {
    if (!options.push || kind) return 'unavailable'
    const push = await composePush(payload, options, delivery, recipient)
    if (!push || !recipient.address || !recipient.pushKeys) return 'stale'
    await sendPush(
      { endpoint: recipient.address, keys: recipient.pushKeys },
      push.message,
      options.push,
      pushDelivery(push.severity),
    )
    return 'sent'
  }
  return 'unavailable'
}

/**
 * Sends one delivery: claims it, renders its message for its recipient and hands it to the channel. A message
 * for a subscription that ended (or a subject that is gone) is cancelled; a permanent failure (the mailbox does
 * not exist, the number is invalid, the browser's subscription is gone) fails it and ends the subscription's channel; any other error queues it again, later each time,
 * until the attempts run out. Returns the state it ended in, or null when another sender had claimed it.
 */
export const sendOne = async (
  payload: Payload,
  options: NotificationsOptions,
  delivery: QueuedDelivery,
): Promise<string | null> => {
  if (!(await claimDelivery(payload, delivery.id))) return null
  const attempts = (delivery.attempts ?? 0) + 1
  const finish = async (data: Record<string, unknown>) => {
    await payload.update({
      collection: NOTIFICATION_SLUGS.deliveries as never,
      id: delivery.id,
      data: { attempts, ...data } as never,
      overrideAccess: true,
    })
    return String(data.state)
  }
  // A message of another plugin (a report's) names its own recipient; a subscription's must still be reachable.
  const kind = messageKindOf(payload, delivery.message)
  const recipientId = kind ? delivery[kind.relation] : delivery.subscription
  const subscription = recipientId
    ? kind
      ? await kind.recipient(payload, relationId(recipientId as string | number))
      : ((await payload
          .findByID({
            collection: NOTIFICATION_SLUGS.subscriptions as never,
            id: relationId(recipientId as string | number),
            depth: 0,
            overrideAccess: true,
          })
          .catch(() => null)) as (Recipient & { status?: string }) | null)
    : null
  const isConfirmation = readMessageKey(delivery.message)?.kind === 'confirm'
  const reachable =
    subscription &&
    (kind ||
      (isConfirmation
        ? (subscription as { status?: string }).status !== 'ended'
        : (subscription as { status?: string }).status === 'active'))
  if (!subscription || !reachable)
    return finish({ state: 'cancelled', error: kind ? 'Odbiorca nieosiągalny' : 'Subskrypcja nieaktywna' })
  try {
    const handed = await hand(payload, options, delivery, subscription, kind)
    if (handed === 'stale') return finish({ state: 'cancelled', error: 'Wiadomość nieaktualna' })
    if (handed === 'unavailable') return finish({ state: 'failed', error: 'Kanał niedostępny w tym CMS' })
    return finish({ state: 'sent', sentAt: new Date().toISOString(), error: null })
  } catch (error) {
    const reason = redact((error as Error).message ?? String(error))
    payload.logger.warn({ msg: `Delivery ${delivery.id} failed (attempt ${attempts}): ${reason}` })
    if (isPermanentFailure(error) && kind) return finish({ state: 'failed', error: reason })
    if (isPermanentFailure(error)) {
      await payload.update({
        collection: NOTIFICATION_SLUGS.subscriptions as never,
        id: subscription.id,
        data: {
          status: 'ended',
          endedAt: new Date().toISOString(),
          endReason: `Trwały błąd doręczenia: ${reason}`,
        } as never,
        overrideAccess: true,
        context: { fromResident: true },
      })
      return finish({ state: 'failed', error: reason })
    }
    if (attempts >= options.maxAttempts) return finish({ state: 'failed', error: reason })
    const retryAt = new Date(Date.now() + backoffMinutes(attempts) * 60_000)
    const state = await finish({ state: 'queued', dueAt: retryAt.toISOString(), error: reason })
    await queueSend(payload, retryAt)
    return state
  }
}
