/** What a message is: an alert's notification (first, update or cancellation) or a sign-up's confirmation. */
export type MessageRef =
  | { kind: 'alert'; id: string; variant: AlertVariant; stamp: string }
  | { kind: 'confirm'; subscription: string; stamp: string }

export const ALERT_VARIANTS = ['new', 'update', 'cancelled'] as const
export type AlertVariant = (typeof ALERT_VARIANTS)[number]

/** The key of a message, the same for every recipient: `alert:12:update:<stamp>`, `confirm:5:<stamp>`. */
export const messageKey = (ref: MessageRef): string =>
  ref.kind === 'alert'
    ? `alert:${ref.id}:${ref.variant}:${ref.stamp}`
    : `confirm:${ref.subscription}:${ref.stamp}`

/** A message's reference read back from its key, or null for a key this version does not know. */
export const readMessageKey = (key: string): MessageRef | null => {
  const [kind, id, third, fourth] = key.split(':')
  if (kind === 'alert' && id && ALERT_VARIANTS.includes(third as AlertVariant) && fourth)
    return { kind, id, variant: third as AlertVariant, stamp: fourth }
  if (kind === 'confirm' && id && third) return { kind, subscription: id, stamp: third }
  return null
}

/** The key of one delivery: a message to one subscription, unique, so planning twice sends once. */
export const deliveryKey = (message: string, subscription: string | number): string =>
  `${message}>${subscription}`
