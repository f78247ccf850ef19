import crypto from 'node:crypto'
import type { Payload } from 'payload'
import type { NotificationsOptions } from '../options'
import { gminaOf } from '../../../shared/residents/gmina'
import { SUBSCRIPTION_ROUTES, tokenLink } from '../public-endpoints/paths'
import { makeToken } from '../../../shared/residents/resident-token'
import { alertEmail } from './alert-email'
import { confirmationEmail } from './confirmation-email'
import type { MessageFooter } from '../../../shared/residents/email-frame'
import { loadAlert } from './load-alert'
import { readMessageKey } from './message-keys'

/** A subscription as sending needs it (nonces included: sending runs with full access). */
export type Recipient = {
  id: string | number
  address?: string | null
  confirmNonce?: string | null
  manageNonce?: string | null
  pushKeys?: { p256dh: string; auth: string } | null
}

/** One e-mail ready for Payload's `sendEmail`. */
export type ComposedEmail = {
  to: string
  subject: string
  text: string
  html: string
  messageId: string
  headers: Record<string, string>
}

/**
 * The e-mail of one delivery, rendered when it is sent (an alert corrected in the meantime goes out corrected).
 * Its Message-ID follows the delivery, so a resend after a crash is the same message to the mail program; a
 * resident's message carries `List-Unsubscribe` with one-click (RFC 8058) and a manage link. Null when the
 * message's subject is gone (an alert deleted before it went out).
 */
export const composeEmail = async (
  payload: Payload,
  options: NotificationsOptions,
  delivery: { key: string; message: string },
  recipient: Recipient,
): Promise<ComposedEmail | null> => {
  const ref = readMessageKey(delivery.message)
  if (!ref || !recipient.address) return null
  const siteUrl = options.siteUrl.replace(/\/$/, '')
  const gmina = await gminaOf(payload)
  const host = new URL(siteUrl).hostname
  const messageId = `<${crypto.createHash('sha256').update(delivery.key).digest('hex').slice(0, 32)}@${host}>`
  const footer: MessageFooter = {
    officeName: gmina.officeName,
    postalAddress: `${gmina.address.street}, ${gmina.address.postalCode} ${gmina.address.city}`,
    siteUrl,
  }
  if (ref.kind === 'confirm') {
    if (!recipient.confirmNonce) return null
    const link = tokenLink(
      siteUrl,
      SUBSCRIPTION_ROUTES.confirm,
      makeToken(payload.secret, 'confirm', recipient.id, recipient.confirmNonce),
    )
    const email = confirmationEmail(gmina.gminaName, link, options.pendingHours, footer)
    return { to: recipient.address, ...email, messageId, headers: { 'Auto-Submitted': 'auto-generated' } }
  }
  const alert = await loadAlert(payload, ref.id)
  if (!alert || !recipient.manageNonce) return null
  const token = makeToken(payload.secret, 'manage', recipient.id, recipient.manageNonce)
  const manageLink = tokenLink(siteUrl, SUBSCRIPTION_ROUTES.manage, token)
  const email = alertEmail(alert, ref.variant, { ...footer, manageLink })
  return {
    to: recipient.address,
    ...email,
    messageId,
    headers: {
      'List-Unsubscribe': `<${tokenLink(siteUrl, SUBSCRIPTION_ROUTES.unsubscribe, token)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `Powiadomienia ${gmina.gminaName} <powiadomienia.${host}>`,
      'Auto-Submitted': 'auto-generated',
    },
  }
}
