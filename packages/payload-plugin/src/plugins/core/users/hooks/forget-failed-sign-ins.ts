import type { CollectionAfterLoginHook } from 'payload'
import { clientAddress } from '../sign-in/client-address'
import { signInThrottle } from '../sign-in/throttle'

/** A successful sign-in was no failure: give its count back and forget the account's failures from here. */
export const forgetFailedSignIns: CollectionAfterLoginHook = async ({ req, user }) => {
  const account = typeof user.email === 'string' ? user.email.toLowerCase().trim() : ''
  const address = clientAddress(req.headers)
  await signInThrottle.give({ address, account, accountFromAddress: `${account} ${address}` }, [
    'accountFromAddress',
  ])
  return user
}
