import type { CollectionAfterLoginHook } from 'payload'
import { knownDeviceCookie, knownDeviceValue } from '../sign-in/known-device'
import { signInKeys } from '../sign-in/sign-in-keys'
import { signInThrottle } from '../sign-in/throttle'

/**
 * A successful sign-in was no failure: give its count back and forget the account's failures from this
 * address or browser; and remember the browser (a signed cookie), whose later sign-ins strangers cannot throttle.
 */
export const forgetFailedSignIns =
  (secureCookies: boolean): CollectionAfterLoginHook =>
  async ({ req, user }) => {
    const account = typeof user.email === 'string' ? user.email.toLowerCase().trim() : ''
    await signInThrottle.give(signInKeys(req, account), ['accountFromAddress'])
    req.responseHeaders ??= new Headers()
    req.responseHeaders.append(
      'Set-Cookie',
      knownDeviceCookie(knownDeviceValue(req.payload.secret, account), secureCookies),
    )
    return user
  }
