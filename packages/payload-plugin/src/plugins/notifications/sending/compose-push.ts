import type { Payload } from 'payload'
import type { NotificationsOptions } from '../options'
import { alertHeadline } from './alert-email'
import { digestTitle, itemSubject } from './item-message'
import { alertLink, loadAlert } from './load-alert'
import { loadDigest } from './load-digest'
import { itemLink, loadItem } from './load-item'
import { readMessageKey } from './message-keys'
import type { PushMessage } from './push/send-push'

/**
 * The notification of one Web Push delivery: the alert's headline and title, its short text, and its page to
 * open on a click; with the alert's severity (for the push service's TTL and urgency). News, events and digests
 * go as information. Null when out of date.
 */
export const composePush = async (
  payload: Payload,
  options: NotificationsOptions,
  delivery: { message: string },
  recipient: { id: string | number },
): Promise<{ message: PushMessage; severity: string } | null> => {
  const ref = readMessageKey(delivery.message)
  if (!ref || ref.kind === 'confirm') return null
  const siteUrl = options.siteUrl.replace(/\/$/, '')
  if (ref.kind === 'alert') {
    const alert = await loadAlert(payload, `${ref.id}:${ref.stamp}`)
    if (!alert) return null
    return {
      severity: alert.severity,
      message: {
        title: `${alertHeadline(alert.severity, ref.variant)}: ${alert.title}`,
        body: alert.shortText,
        url: alertLink(siteUrl, alert),
        tag: `komunikat-${ref.id}`,
      },
    }
  }
  if (ref.kind === 'digest') {
    const entries = await loadDigest(payload, delivery.message, recipient.id)
    if (entries.length === 0) return null
    return {
      severity: 'informacja',
      message: {
        title: digestTitle(ref.frequency, new Date(Number(ref.stamp))),
        body: entries.map(({ item, variant }) => itemSubject(item, variant)).join('\n'),
        url: `${siteUrl}/aktualnosci/`,
        tag: `zestawienie-${ref.frequency}`,
      },
    }
  }
  const item = await loadItem(payload, `${ref.kind}:${ref.id}:${ref.stamp}`)
  if (!item) return null
  return {
    severity: 'informacja',
    message: {
      title: itemSubject(item, ref.variant),
      body: item.lead,
      url: itemLink(siteUrl, item),
      tag: `${ref.kind === 'article' ? 'aktualnosc' : 'wydarzenie'}-${ref.id}`,
    },
  }
}
