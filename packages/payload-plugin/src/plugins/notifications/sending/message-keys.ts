/** What a notification is about: an alert, an article (news) or an event. */
export const NOTIFIED_KINDS = ['alert', 'article', 'event'] as const
export type NotifiedKind = (typeof NOTIFIED_KINDS)[number]

export const DIGEST_FREQUENCIES = ['daily', 'weekly'] as const
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number]

/**
 * What a message is: a notification of an alert, an article or an event (first, update or cancellation), a
 * digest of the news and events held for a daily or weekly digest, or a sign-up's confirmation.
 */
export type MessageRef =
  | { kind: NotifiedKind; id: string; variant: AlertVariant; stamp: string }
  | { kind: 'digest'; frequency: DigestFrequency; stamp: string }
  | { kind: 'confirm'; subscription: string; stamp: string }

export const ALERT_VARIANTS = ['new', 'update', 'cancelled'] as const
/** A notification's variant: the first, an update ("Aktualizacja:"), a cancellation ("Odwołane:"). */
export type AlertVariant = (typeof ALERT_VARIANTS)[number]

/**
 * The key of a message, the same for every recipient: `alert:12:update:<stamp>`, `article:7:new:<stamp>`,
 * `digest:daily:<stamp>`, `confirm:5:<stamp>`.
 */
export const messageKey = (ref: MessageRef): string =>
  ref.kind === 'confirm'
    ? `confirm:${ref.subscription}:${ref.stamp}`
    : ref.kind === 'digest'
      ? `digest:${ref.frequency}:${ref.stamp}`
      : `${ref.kind}:${ref.id}:${ref.variant}:${ref.stamp}`

/** A message's reference read back from its key, or null for a key this version does not know. */
export const readMessageKey = (key: string): MessageRef | null => {
  const [kind, id, third, fourth] = key.split(':')
  if (
    NOTIFIED_KINDS.includes(kind as NotifiedKind) &&
    id &&
    ALERT_VARIANTS.includes(third as AlertVariant) &&
    fourth
  )
    return { kind: kind as NotifiedKind, id, variant: third as AlertVariant, stamp: fourth }
  if (kind === 'digest' && DIGEST_FREQUENCIES.includes(id as DigestFrequency) && third)
    return { kind, frequency: id as DigestFrequency, stamp: third }
  if (kind === 'confirm' && id && third) return { kind, subscription: id, stamp: third }
  return null
}

/** The key of one delivery: a message to one subscription, unique, so planning twice sends once. */
export const deliveryKey = (message: string, subscription: string | number): string =>
  `${message}>${subscription}`
