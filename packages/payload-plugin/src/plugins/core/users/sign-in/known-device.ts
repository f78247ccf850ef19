import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** The cookie that marks a browser where an account has signed in before (OWASP's "device cookie"). */
export const KNOWN_DEVICE_COOKIE = 'ratusz-known-device'

/** A year: a clerk's own computer stays known between seasons. */
const MAX_AGE_SECONDS = 365 * 24 * 60 * 60

const signature = (secret: string, account: string, device: string): string =>
  createHmac('sha256', secret).update(`known-device\n${account}\n${device}`).digest('base64url')

/** A new cookie value for the account: a random device id and its signature (nobody can make one without the secret). */
export const knownDeviceValue = (secret: string, account: string): string => {
  const device = randomBytes(12).toString('base64url')
  return `${device}.${signature(secret, account, device)}`
}

/** The `Set-Cookie` header that remembers this browser for the account, on the sign-in path only. */
export const knownDeviceCookie = (value: string, secure: boolean): string =>
  [
    `${KNOWN_DEVICE_COOKIE}=${value}`,
    'Path=/api/users',
    `Max-Age=${MAX_AGE_SECONDS}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ')

/** The device id of a valid cookie of this account in the request, else undefined. */
export const knownDevice = (
  headers: Pick<Headers, 'get'> | undefined,
  secret: string,
  account: string,
): string | undefined => {
  const cookies = headers?.get('Cookie') ?? ''
  const value = cookies
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${KNOWN_DEVICE_COOKIE}=`))
    ?.slice(KNOWN_DEVICE_COOKIE.length + 1)
  const [device, given] = value?.split('.') ?? []
  if (!device || !given) return undefined
  const expected = Buffer.from(signature(secret, account, device))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? device : undefined
}
