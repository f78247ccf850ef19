import { isbot } from 'isbot'
import { ownCopy } from './own-copy'

/**
 * Whether a user agent is a bot or crawler, by the maintained `isbot` list; a missing user agent (`-` or empty)
 * is one too. The answers are cached: a log repeats the same few thousand user agents millions of times.
 */
export const createBotCheck = (limit = 50_000): ((userAgent: string) => boolean) => {
  const cache = new Map<string, boolean>()
  return (userAgent) => {
    let answer = cache.get(userAgent)
    if (answer === undefined) {
      answer = userAgent === '' || userAgent === '-' || isbot(userAgent)
      if (cache.size >= limit) cache.clear()
      cache.set(ownCopy(userAgent), answer)
    }
    return answer
  }
}
