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
import { digestEmail, digestSubject, digestTitle, itemEmail } from './item-message'
import { loadDigest } from './load-digest'
import { loadItem } from './load-item'
import { readMessageKey, type MessageRef } from './message-keys'

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

/** The content of a resident's message (an alert, an article, an event, a digest), or null when out of date. */
const residentEmail = async (
  payload: Payload,
  ref: Exclude<MessageRef, { kind: 'confirm' }>,
  delivery: { message: string },
  recipient: Recipient,
  footer: MessageFooter,
): Promise<{ subject: string; text: string; html: string } | null> => {
  if (ref.kind === 'alert') {
    const alert = await loadAlert(payload, `${ref.id}:${ref.stamp}`)
    return alert ? alertEmail(alert, ref.variant, footer) : null
  }
  if (ref.kind === 'digest') {
    const entries = await loadDigest(payload, delivery.message, recipient.id)
    if (entries.length === 0) return null
    const subject = digestSubject(digestTitle(ref.frequency, new Date(Number(ref.stamp))), entries.length)
    return digestEmail(subject, entries, footer)
  }
  const item = await loadItem(payload, `${ref.kind}:${ref.id}:${ref.stamp}`)
  return item ? itemEmail(item, ref.variant, footer) : null
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
  if (!recipient.manageNonce) return null
  const token = makeToken(payload.secret, 'manage', recipient.id, recipient.manageNonce)
  const manageLink = tokenLink(siteUrl, SUBSCRIPTION_ROUTES.manage, token)
  const withManage = { ...footer, manageLink }
  const email = await residentEmail(payload, ref, delivery, recipient, withManage)
  if (!email) return null
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
