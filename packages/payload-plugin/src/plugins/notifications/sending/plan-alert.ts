import type { Payload } from 'payload'
import { relationId } from '../../../shared/relation-id'
import type { NotificationsOptions } from '../options'
import { NOTIFICATION_SLUGS } from '../slugs'
import {
  alertReaches,
  groupsForKind,
  type MatchableGroup,
  type MatchableSubscription,
} from './alert-recipients'
import { alertSubject } from './alert-email'
import { messageKey, type AlertVariant } from './message-keys'
import { planDeliveries } from './plan-deliveries'
import { afterQuietHours } from './quiet-hours'

/** An alert as its notification needs it (depth 0: areas as ids). */
export type AlertToNotify = {
  id: string | number
  title: string
  severity: string
  kind: string
  areas?: (string | number | { id: string | number })[] | null
}

/** The active subscriptions an alert reaches, with their channel. */
export const alertRecipients = async (
  payload: Payload,
  alert: AlertToNotify,
): Promise<MatchableSubscription[]> => {
  const [subscriptions, groups] = await Promise.all([
    payload.find({
      collection: NOTIFICATION_SLUGS.subscriptions as never,
      where: { and: [{ status: { equals: 'active' } }, { topics: { in: ['alerts'] } }] },
      pagination: false,
      depth: 0,
      select: { channel: true, areas: true, groups: true } as never,
      overrideAccess: true,
    }),
    payload.find({
      collection: NOTIFICATION_SLUGS.groups as never,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
  ])
  const byKind = groupsForKind(groups.docs as unknown as MatchableGroup[], alert.kind)
  const matchable = { kind: alert.kind, areas: (alert.areas ?? []).map(relationId) }
  return (subscriptions.docs as unknown as MatchableSubscription[]).filter((subscription) =>
    alertReaches(matchable, subscription, byKind),
  )
}

/**
 * Plans an alert's notification to everyone it reaches. An alarm goes at once; other alerts wait for the end of
 * quiet hours. Returns how many deliveries were planned.
 */
export const planAlertNotification = async (
  payload: Payload,
  options: NotificationsOptions,
  alert: AlertToNotify,
  variant: AlertVariant,
  now = new Date(),
): Promise<number> => {
  const recipients = await alertRecipients(payload, alert)
  return planDeliveries(payload, {
    message: messageKey({ kind: 'alert', id: String(alert.id), variant, stamp: String(now.getTime()) }),
    subject: alertSubject(alert, variant),
    dueAt: alert.severity === 'alarm' ? now : afterQuietHours(now, options.quietHours),
    recipients: recipients.map((subscription) => ({ id: subscription.id, channel: subscription.channel })),
  })
}
