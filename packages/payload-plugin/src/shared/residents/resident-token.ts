import crypto from 'node:crypto'

/**
 * What a token link lets its holder do: a subscription's `confirm`, `manage` and `code` (type the SMS code of a
 * sign-up; the code itself confirms), a report's `report-confirm`, `report-code` and `report-status` (see its
 * status and answer). The purpose is signed, so a link of one kind never opens another.
 */
export type TokenPurpose = 'confirm' | 'manage' | 'code' | 'report-confirm' | 'report-code' | 'report-status'

/** A fresh random nonce for a subscription: a new one revokes every link made with the old one. */
export const newNonce = (): string => crypto.randomBytes(16).toString('base64url')

const signature = (secret: string, purpose: TokenPurpose, id: string, nonce: string) =>
  crypto.createHmac('sha256', secret).update(`${purpose}:${id}:${nonce}`).digest('base64url')

/**
 * A token link's secret part: the record's id and an HMAC of purpose, id and the record's nonce. The database
 * holds only the nonce, so neither a copy of it nor the id alone makes a link; changing the nonce revokes it.
 */
export const makeToken = (
  secret: string,
  purpose: TokenPurpose,
  id: string | number,
  nonce: string,
): string => `${id}.${signature(secret, purpose, String(id), nonce)}`

/** The id a token names, or null when it is not shaped like one (check it with `tokenMatches`). */
export const tokenId = (token: string | null | undefined): string | null => {
  const match = /^([\w-]{1,64})\.[\w-]{43}$/.exec(token ?? '')
  return match ? match[1]! : null
}

/** Whether the token was made for this purpose, record and nonce (compared in constant time). */
export const tokenMatches = (
  secret: string,
  purpose: TokenPurpose,
  token: string,
  id: string | number,
  nonce: string | null | undefined,
): boolean => {
  if (!nonce) return false
  const expected = Buffer.from(makeToken(secret, purpose, id, nonce))
  const given = Buffer.from(token)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}

/** A stamp of when a form was shown, signed so that it cannot be forged: `<ms>.<hmac>`. */
export const signShownAt = (secret: string, at: number): string =>
  `${at}.${crypto.createHmac('sha256', secret).update(`shown:${at}`).digest('base64url')}`

/** The time a signed stamp names, or null when it was not signed here. */
export const readShownAt = (secret: string, stamp: string): number | null => {
  const [at, mac] = stamp.split('.')
  if (!at || !mac || !/^\d{10,16}$/.test(at)) return null
  const expected = signShownAt(secret, Number(at))
  return expected.length === stamp.length && crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(stamp))
    ? Number(at)
    : null
}

/** Characters of the HMAC a short token keeps: 22 base64url characters are 132 bits, as hard to guess. */
const SHORT_SIGNATURE = 22

/**
 * A shorter token for links that cost by the character (an SMS): the record's id and the first 22 characters of
 * the same HMAC. It only leads to the full token link (see `short-link.ts`).
 */
export const makeShortToken = (
  secret: string,
  purpose: TokenPurpose,
  id: string | number,
  nonce: string,
): string => `${id}.${signature(secret, purpose, String(id), nonce).slice(0, SHORT_SIGNATURE)}`

/** The id a short token names, or null when it is not shaped like one. */
export const shortTokenId = (token: string | null | undefined): string | null => {
  const match = new RegExp(`^(\\d{1,18})\\.[\\w-]{${SHORT_SIGNATURE}}$`).exec(token ?? '')
  return match ? match[1]! : null
}

/** Whether the short token was made for this purpose, record and nonce (compared in constant time). */
export const shortTokenMatches = (
  secret: string,
  purpose: TokenPurpose,
  token: string,
  id: string | number,
  nonce: string | null | undefined,
): boolean => {
  if (!nonce) return false
  const expected = Buffer.from(makeShortToken(secret, purpose, id, nonce))
  const given = Buffer.from(token)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}
