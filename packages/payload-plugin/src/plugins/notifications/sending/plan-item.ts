import type { Payload } from 'payload'
import type { NotificationsOptions } from '../options'
import { itemRecipients, TOPIC_OF } from './item-recipients'
import { itemSubject } from './item-message'
import { messageKey, type AlertVariant } from './message-keys'
import { planDeliveries } from './plan-deliveries'
import { afterQuietHours } from './quiet-hours'

/** An article or an event as its notification needs it (depth 0: areas and categories as ids). */
export type ItemToNotify = {
  id: string | number
  title: string
  areas?: unknown[] | null
  categories?: unknown[] | null
}

/**
 * Plans a news article's or an event's notification: subscribers who want news at once get a message of its own
 * after the quiet hours; those with a daily or weekly digest get it held for their next digest (the digest job
 * sends it, once). Returns how many deliveries were planned (held included).
 */
export const planItemNotification = async (
  payload: Payload,
  options: NotificationsOptions,
  kind: 'article' | 'event',
  item: ItemToNotify,
  variant: AlertVariant,
  now = new Date(),
): Promise<number> => {
  const recipients = await itemRecipients(payload, TOPIC_OF[kind], item)
  const message = messageKey({ kind, id: String(item.id), variant, stamp: String(now.getTime()) })
  const subject = itemSubject({ kind, title: item.title }, variant)
  const atOnce = recipients.filter(
    (subscription) => (subscription.frequency ?? 'immediately') === 'immediately',
  )
  const later = recipients.filter(
    (subscription) => (subscription.frequency ?? 'immediately') !== 'immediately',
  )
  const toPlan = (list: typeof recipients) =>
    list.map((subscription) => ({ id: subscription.id, channel: subscription.channel }))
  const sent = await planDeliveries(payload, {
    message,
    subject,
    dueAt: afterQuietHours(now, options.quietHours),
    recipients: toPlan(atOnce),
  })
  const held = await planDeliveries(payload, {
    message,
    subject,
    dueAt: now,
    recipients: toPlan(later),
    state: 'held',
  })
  return sent + held
}
