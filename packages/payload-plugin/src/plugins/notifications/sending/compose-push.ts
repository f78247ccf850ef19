import type { Payload } from 'payload'
import type { NotificationsOptions } from '../options'
import { alertHeadline } from './alert-email'
import { alertLink, loadAlert } from './load-alert'
import { readMessageKey } from './message-keys'
import type { PushMessage } from './push/send-push'

/**
 * The notification of one Web Push delivery: the alert's headline and title, its short text, and its page to
 * open on a click; with the alert's severity (for the push service's TTL and urgency). Null when out of date.
 */
export const composePush = async (
  payload: Payload,
  options: NotificationsOptions,
  delivery: { message: string },
): Promise<{ message: PushMessage; severity: string } | null> => {
  const ref = readMessageKey(delivery.message)
  if (!ref || ref.kind !== 'alert') return null
  const alert = await loadAlert(payload, ref.id)
  if (!alert) return null
  return {
    severity: alert.severity,
    message: {
      title: `${alertHeadline(alert.severity, ref.variant)}: ${alert.title}`,
      body: alert.shortText,
      url: alertLink(options.siteUrl.replace(/\/$/, ''), alert),
      tag: `komunikat-${ref.id}`,
    },
  }
}
