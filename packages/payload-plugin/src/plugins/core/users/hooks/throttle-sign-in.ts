import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'
import { signInKeys } from '../sign-in/sign-in-keys'
import { clientAddress } from '../../../../shared/client-address'
import { resetThrottle, signInThrottle } from '../sign-in/throttle'
import { tooManyAttempts } from '../sign-in/too-many-attempts'
import { spendPasswordCheckTime } from '../verify-password'

const normalizedEmail = (data: unknown): string => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : ''
}

/**
 * Before a sign-in or a password-reset request: counts the attempt per client address and per account and
 * answers 429 past the limits (sign-in/throttle.ts); a browser the account signed in from before counts on its
 * own (sign-in/sign-in-keys.ts), so strangers' failures never keep the owner out. A sign-in to an account that does not exist then takes
 * the time of a real password check and fails like a wrong password, so neither the answer nor its timing
 * tells whether the address has an account.
 */
export const throttleSignIn: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  const account = normalizedEmail(args.data)
  if (!account) return args

  if (operation === 'forgotPassword') {
    const wait = await resetThrottle.take({ address: clientAddress(req.headers), account })
    if (wait !== null) throw tooManyAttempts(req, wait, 'reset')
    return args
  }

  const wait = await signInThrottle.take(signInKeys(req, account))
  if (wait !== null) throw tooManyAttempts(req, wait, 'signIn')
  const user = await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: account } },
  })
  if (!user) {
    const password = (args.data as { password?: unknown }).password
    await spendPasswordCheckTime(typeof password === 'string' ? password : '')
    throw new AuthenticationError(req.t)
  }
  return args
}
