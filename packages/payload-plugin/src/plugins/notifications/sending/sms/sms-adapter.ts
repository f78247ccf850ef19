/** One SMS to one number. */
export type OutgoingSms = {
  /** The number as stored: +48 and nine digits. */
  to: string
  text: string
  /** The same for every attempt of one delivery: a provider that knows it sends the message once. */
  idempotencyKey: string
}

/** How an SMS leaves the CMS: a provider's HTTP API, or the outbox folder. */
export type SmsAdapter = {
  /** Its name, for logs and the admin ("smsapi", "serwersms", "outbox"). */
  name: string
  /** Sends one SMS; resolves with the provider's id of it, throws an `SmsError` when it was not accepted. */
  send: (sms: OutgoingSms) => Promise<{ id: string }>
}

/**
 * A provider's refusal. `permanent` when the number will never work (not a mobile number, blacklisted): the
 * subscription's SMS channel ends. Anything else (a network error, no credit, a provider outage) is retried.
 */
export class SmsError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message)
    this.name = 'SmsError'
  }
}
