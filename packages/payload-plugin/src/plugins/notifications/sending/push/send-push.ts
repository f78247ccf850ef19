import webpush, { WebPushError } from 'web-push'
import type { VapidKeys } from './push-keys'

/** A browser's push subscription as the Push API gives it (`PushSubscription.toJSON()`). */
export type StoredPushSubscription = { endpoint: string; keys: { p256dh: string; auth: string } }

/** What a notification shows: a title, a line of text, and the page it opens. */
export type PushMessage = { title: string; body: string; url: string; tag?: string }

/** The push service's refusal; `permanent` when the subscription is gone (404, 410): that channel ends. */
export class PushError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message)
    this.name = 'PushError'
  }
}

/**
 * How long a push service keeps an undelivered message, and how urgently it wakes the device (RFC 8030): an
 * alarm at once (`high`), kept for a day; anything else `normal`, kept for half a day.
 */
export const pushDelivery = (severity: string): { TTL: number; urgency: 'high' | 'normal' } =>
  severity === 'alarm' ? { TTL: 24 * 3600, urgency: 'high' } : { TTL: 12 * 3600, urgency: 'normal' }

/**
 * Sends one notification through the browser's push service (RFC 8030), encrypted for the subscription
 * (RFC 8291, aes128gcm) and signed with the CMS's VAPID keys (RFC 8292), by the `web-push` library.
 */
export const sendPush = async (
  subscription: StoredPushSubscription,
  message: PushMessage,
  vapid: VapidKeys,
  delivery: { TTL: number; urgency: 'high' | 'normal'; topic?: string },
): Promise<void> => {
  try {
    await webpush.sendNotification(subscription, JSON.stringify(message), {
      vapidDetails: vapid,
      TTL: delivery.TTL,
      urgency: delivery.urgency,
      ...(delivery.topic ? { topic: delivery.topic } : {}),
      contentEncoding: 'aes128gcm',
      timeout: 30_000,
    })
  } catch (error) {
    if (error instanceof WebPushError)
      throw new PushError(
        `Push ${error.statusCode}: ${error.body || error.message}`,
        error.statusCode === 404 || error.statusCode === 410,
      )
    throw new PushError(`Push: ${(error as Error).message}`, false)
  }
}
