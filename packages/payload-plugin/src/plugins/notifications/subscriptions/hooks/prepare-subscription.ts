import { normalPolishPhone } from '@ratusz/resident-forms'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { z } from 'zod'
import { message } from '../../../../shared/i18n'
import { newNonce } from '../../../../shared/residents/resident-token'

/** An address as stored: e-mails in lower case, phones as +48 and nine digits; null when it is not one. */
export const normalAddress = (channel: string, address: string): string | null => {
  const trimmed = address.trim()
  if (channel === 'email') return z.email().safeParse(trimmed).success ? trimmed.toLowerCase() : null
  if (channel === 'sms') return normalPolishPhone(trimmed)
  return trimmed || null
}

/** The key that makes one subscription per channel and address. */
export const contactKeyOf = (channel: string, address: string): string => `${channel}:${address}`

/**
 * Before an admin's write: the address normalised and keyed, an official member active from now with a legal
 * basis recorded and a manage nonce (the link in its messages). Erased subscriptions keep no address. (The public endpoints write with their own checks.)
 */
export const prepareSubscription: CollectionBeforeChangeHook = ({ data, originalDoc, req, context }) => {
  if (context.fromResident) return data
  const merged = { ...originalDoc, ...data }
  if (merged.erasedAt) return { ...data, address: null, contactKey: null }
  if (!merged.address)
    throw new APIError(
      message(req, (t) => t.notifications.subscriptions.addressRequired),
      400,
      null,
      true,
    )
  const address = normalAddress(merged.channel, String(merged.address))
  if (!address)
    throw new APIError(
      message(req, (t) => t.notifications.subscriptions.addressInvalid),
      400,
      null,
      true,
    )
  if (merged.official && !String(merged.legalBasis ?? '').trim())
    throw new APIError(
      message(req, (t) => t.notifications.subscriptions.legalBasisRequired),
      400,
      null,
      true,
    )
  const next: Record<string, unknown> = {
    ...data,
    address,
    contactKey: contactKeyOf(merged.channel, address),
  }
  if (merged.status === 'active' && !merged.startedAt) next.startedAt = new Date().toISOString()
  // Every message carries the manage link, made from this nonce: an official member added here needs one too.
  if (merged.status === 'active' && !merged.manageNonce) next.manageNonce = newNonce()
  if (merged.status === 'ended' && !merged.endedAt) next.endedAt = new Date().toISOString()
  return next
}
