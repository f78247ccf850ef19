import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * How the CMS and the process that holds the warm renderer trust each other's requests (post-signed.ts,
 * publisher-server.ts): the body's HMAC-SHA256 with the CMS's secret, in a header.
 */
export const SIGNATURE_HEADER = 'x-ratusz-signature'

/** The signature of a request's body. */
export const signBody = (secret: string, body: string): string =>
  createHmac('sha256', secret).update(body).digest('hex')

/** Whether `signature` is the body's, compared in constant time. */
export const isSigned = (secret: string, body: string, signature: string | undefined): boolean => {
  const expected = Buffer.from(signBody(secret, body))
  const given = Buffer.from(signature ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
