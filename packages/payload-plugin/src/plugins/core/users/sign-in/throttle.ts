import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

const FIFTEEN_MINUTES = 15 * 60
const HOUR = 60 * 60

type Limit = { points: number; duration: number }

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

/** A set of counters, each keyed by its own part of the request (address, account). */
export class Throttle<K extends string> {
  private readonly limiters: Record<K, RateLimiterMemory>

  constructor(limits: Record<K, Limit>) {
    this.limiters = Object.fromEntries(
      Object.entries<Limit>(limits).map(([name, limit]) => [name, new RateLimiterMemory(limit)]),
    ) as Record<K, RateLimiterMemory>
  }

  /**
   * Counts one attempt against every key. Returns null when all are within their limits, else the seconds
   * until the longest-blocked one frees up.
   */
  async take(keys: Partial<Record<K, string>>): Promise<number | null> {
    const names = Object.keys(keys) as K[]
    const results = await Promise.allSettled(names.map((name) => this.limiters[name].consume(keys[name]!)))
    const waits = results.flatMap((result) =>
      result.status === 'rejected' && result.reason instanceof RateLimiterRes
        ? [result.reason.msBeforeNext]
        : [],
    )
    const rejected = results.find(
      (result) => result.status === 'rejected' && !(result.reason instanceof RateLimiterRes),
    )
    if (rejected?.status === 'rejected') throw rejected.reason
    return waits.length === 0 ? null : Math.max(1, Math.ceil(Math.max(...waits) / 1000))
  }

  /** Gives an attempt back (it succeeded); `forget` names the keys whose count starts over. */
  async give(keys: Partial<Record<K, string>>, forget: K[] = []): Promise<void> {
    await Promise.all(
      (Object.keys(keys) as K[]).map((name) =>
        forget.includes(name)
          ? this.limiters[name].delete(keys[name]!)
          : this.limiters[name].reward(keys[name]!, 1),
      ),
    )
  }
}

/** The counters of this process (the CMS runs as one process; see docs/security.md). */
export const signInThrottle = new Throttle(SIGN_IN_LIMITS)
export const resetThrottle = new Throttle(RESET_LIMITS)
