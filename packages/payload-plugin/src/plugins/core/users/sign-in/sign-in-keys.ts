import type { PayloadRequest } from 'payload'
import { clientAddress } from '../../../../shared/client-address'
import { knownDevice } from './known-device'
import type { SIGN_IN_LIMITS } from './throttle'

/**
 * Which counters a sign-in to `account` counts against. From a browser that signed in to the account before
 * (a valid known-device cookie), only that browser's own counter: the per-address and per-account counters,
 * which strangers can fill (from many addresses, or with forged X-Forwarded-For where no proxy is in front),
 * do not apply to it. From anywhere else, all three.
 */
export const signInKeys = (
  req: Pick<PayloadRequest, 'headers' | 'payload'>,
  account: string,
): Partial<Record<keyof typeof SIGN_IN_LIMITS, string>> => {
  const device = knownDevice(req.headers, req.payload.secret, account)
  if (device) return { accountFromAddress: `${account} device:${device}` }
  const address = clientAddress(req.headers)
  return { address, account, accountFromAddress: `${account} ${address}` }
}
