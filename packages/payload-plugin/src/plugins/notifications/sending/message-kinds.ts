import type { Config, Payload } from 'payload'
import type { NotificationsOptions } from '../options'
import type { ComposedEmail, Recipient } from './compose-email'

/**
 * A kind of residents' message another plugin sends through this delivery queue (the reports plugin: a report's
 * confirmation, its status changes and replies). Its deliveries name their own recipient record (not a
 * subscription); the kind finds the address and renders the message when the send job sends it.
 */
export type ResidentMessageKind = {
  /** The relationship field of `deliveries` that names the recipient record. */
  relation: string
  /** The recipient of a delivery (its address and nonces), or null when it can no longer be reached. */
  recipient: (payload: Payload, id: string | number) => Promise<Recipient | null>
  email: (
    payload: Payload,
    options: NotificationsOptions,
    delivery: { key: string; message: string },
    recipient: Recipient,
  ) => Promise<Omit<ComposedEmail, 'messageId'> | null>
  sms: (
    payload: Payload,
    options: NotificationsOptions,
    delivery: { message: string },
    recipient: Recipient,
  ) => Promise<{ to: string; text: string } | null>
}

const KEY = 'ratuszMessageKinds'

/** The config with one more message kind, named by the first part of its message keys (`report:…`). */
export const withMessageKind = (config: Config, name: string, kind: ResidentMessageKind): Config => ({
  ...config,
  custom: {
    ...config.custom,
    [KEY]: { ...(config.custom?.[KEY] as Record<string, ResidentMessageKind> | undefined), [name]: kind },
  },
})

/** The kind of a message key another plugin registered, or null for the notifications' own messages. */
export const messageKindOf = (payload: Payload, message: string): ResidentMessageKind | null => {
  const kinds = payload.config.custom?.[KEY] as Record<string, ResidentMessageKind> | undefined
  return kinds?.[message.split(':')[0] ?? ''] ?? null
}
