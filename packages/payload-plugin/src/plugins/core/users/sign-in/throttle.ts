import { Throttle, type Limit } from '../../../../shared/throttle'

const FIFTEEN_MINUTES = 15 * 60
const HOUR = 60 * 60

/**
 * How many failed sign-ins are answered before HTTP 429. An attempt counts as failed until it succeeds.
 * - per client address, whatever the account: guessing across accounts from one place;
 * - per account from one address: guessing one account's password;
 * - per account from everywhere, high: slows guessing spread over many addresses.
 * A browser the account signed in from before counts only against its own counter (sign-in-keys.ts), so a
 * stranger who fills the others keeps out strangers, never the owner at their own computer. Nothing locks.
 */
export const SIGN_IN_LIMITS = {
  address: { points: 20, duration: FIFTEEN_MINUTES },
  accountFromAddress: { points: 5, duration: FIFTEEN_MINUTES },
  account: { points: 100, duration: HOUR },
} satisfies Record<string, Limit>

/** Password-reset e-mails: a few per account and per address, so nobody can flood a mailbox. */
const RESET_LIMITS = {
  address: { points: 10, duration: FIFTEEN_MINUTES },
  account: { points: 3, duration: FIFTEEN_MINUTES },
} satisfies Record<string, Limit>

/** The counters of this process (the CMS runs as one process; see docs/security.md). */
export const signInThrottle = new Throttle(SIGN_IN_LIMITS)
export const resetThrottle = new Throttle(RESET_LIMITS)
