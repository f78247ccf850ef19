import type { Payload } from 'payload'
import type { NotificationsOptions } from '../options'
import { gminaOf } from '../../../shared/residents/gmina'
import { SHORT_MANAGE_ROUTE } from '../public-endpoints/paths'
import { makeShortToken } from '../../../shared/residents/resident-token'
import { smsCode } from '../../../shared/residents/sms-code'
import { alertHeadline } from './alert-email'
import type { Recipient } from './compose-email'
import { alertLink, loadAlert } from './load-alert'
import { readMessageKey } from './message-keys'

/**
 * The text of one SMS delivery, rendered when it is sent. A sign-up's SMS carries its six-digit code; an
 * alert's carries its headline and short text (what editors write for SMS), the link to its page, and ends with
 * the link to change or stop the notifications. Null when the message is out of date.
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
  const alert = await loadAlert(payload, ref.id)
  if (!alert || !recipient.manageNonce) return null
  // The short manage link: every character of an SMS is paid for.
  const manageLink = `${siteUrl}${SHORT_MANAGE_ROUTE}/${makeShortToken(payload.secret, 'manage', recipient.id, recipient.manageNonce)}`
  return {
    to: recipient.address,
    text: `${alertHeadline(alert.severity, ref.variant)}: ${alert.shortText} ${alertLink(siteUrl, alert)}\nWypisz się: ${manageLink}`,
  }
}
