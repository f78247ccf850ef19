import webpush from 'web-push'

/** The VAPID keys a CMS signs its Web Push messages with, and who it says it is (mailto: or https:). */
export type VapidKeys = { publicKey: string; privateKey: string; subject: string }

/** A new pair of VAPID keys (P-256, base64url), for a CMS that has none yet. */
export const generateVapidKeys = (): { publicKey: string; privateKey: string } => webpush.generateVAPIDKeys()
