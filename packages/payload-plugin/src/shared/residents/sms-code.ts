import crypto from 'node:crypto'

/**
 * The six-digit code an SMS sign-up is confirmed with, derived from the CMS's secret, the subscription and its
 * confirmation nonce: the database keeps no code (nor a hash a leaked copy could be searched against without
 * the secret), a new sign-up's nonce makes a new code, and the send job can render it when it sends.
 */
export const smsCode = (secret: string, id: string | number, nonce: string): string =>
  String(
    crypto.createHmac('sha256', secret).update(`sms-code:${id}:${nonce}`).digest().readUInt32BE(0) %
      1_000_000,
  ).padStart(6, '0')

/** Whether a typed code is the subscription's (spaces and dashes ignored; compared in constant time). */
export const smsCodeMatches = (
  secret: string,
  id: string | number,
  nonce: string | null | undefined,
  typed: string,
): boolean => {
  if (!nonce) return false
  const given = Buffer.from(typed.replace(/[\s-]/g, ''))
  const expected = Buffer.from(smsCode(secret, id, nonce))
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
