import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** How many attempts per how many seconds. */
export type Limit = { points: number; duration: number }

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
