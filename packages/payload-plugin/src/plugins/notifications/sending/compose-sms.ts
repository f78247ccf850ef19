import type { Payload } from 'payload'
import type { NotificationsOptions } from '../options'
import { gminaOf } from '../../../shared/residents/gmina'
import { SHORT_MANAGE_ROUTE } from '../public-endpoints/paths'
import { makeShortToken } from '../../../shared/residents/resident-token'
import { smsCode } from '../../../shared/residents/sms-code'
import { alertHeadline } from './alert-email'
import type { Recipient } from './compose-email'
import { alertLink, loadAlert } from './load-alert'
import { digestTitle, itemSubject } from './item-message'
import { loadDigest } from './load-digest'
import { itemLink, loadItem } from './load-item'
import { readMessageKey, type MessageRef } from './message-keys'

/**
 * The text of one SMS delivery, rendered when it is sent. A sign-up's SMS carries its six-digit code; an
 * alert's carries its headline and short text (what editors write for SMS), the link to its page, and ends with
 * the link to change or stop the notifications; so do news, events and digests. Null when the message is out of date.
 */
export const composeSms = async (
  payload: Payload,
  options: NotificationsOptions,
  delivery: { message: string },
  recipient: Recipient,
): Promise<{ to: string; text: string } | null> => {
  const ref = readMessageKey(delivery.message)
  if (!ref || !recipient.address) return null
  const siteUrl = options.siteUrl.replace(/\/$/, '')
  if (ref.kind === 'confirm') {
    if (!recipient.confirmNonce) return null
    const { gminaName } = await gminaOf(payload)
    const code = smsCode(payload.secret, recipient.id, recipient.confirmNonce)
    return {
      to: recipient.address,
      text: `${code} - kod potwierdzający zapis na powiadomienia: ${gminaName}. Ważny ${options.pendingHours} h. Jeśli to nie Ty, zignoruj tego SMS-a.`,
    }
  }
  if (!recipient.manageNonce) return null
  // The short manage link: every character of an SMS is paid for.
  const manageLink = `${siteUrl}${SHORT_MANAGE_ROUTE}/${makeShortToken(payload.secret, 'manage', recipient.id, recipient.manageNonce)}`
  const text = await residentSms(payload, siteUrl, ref, delivery, recipient)
  return text ? { to: recipient.address, text: `${text}\nWypisz się: ${manageLink}` } : null
}

/**
 * An SMS's text before the manage link: an alert's headline and short text with its link; an article's or an
 * event's headline, title and link; a digest's titles, with the link to the news.
 */
const residentSms = async (
  payload: Payload,
  siteUrl: string,
  ref: Exclude<MessageRef, { kind: 'confirm' }>,
  delivery: { message: string },
  recipient: Recipient,
): Promise<string | null> => {
  if (ref.kind === 'alert') {
    const alert = await loadAlert(payload, `${ref.id}:${ref.stamp}`)
    return alert
      ? `${alertHeadline(alert.severity, ref.variant)}: ${alert.shortText} ${alertLink(siteUrl, alert)}`
      : null
  }
  if (ref.kind === 'digest') {
    const entries = await loadDigest(payload, delivery.message, recipient.id)
    if (entries.length === 0) return null
    const titles = entries.map(({ item, variant }) => itemSubject(item, variant)).join('; ')
    return `${digestTitle(ref.frequency, new Date(Number(ref.stamp)))}: ${titles}. ${siteUrl}/aktualnosci/`
  }
  const item = await loadItem(payload, `${ref.kind}:${ref.id}:${ref.stamp}`)
  return item ? `${itemSubject(item, ref.variant)} ${itemLink(siteUrl, item)}` : null
}
