import { Throttle } from '../../../shared/throttle'

const FIFTEEN_MINUTES = 15 * 60
const HOUR = 60 * 60

/**
 * Limits of the public subscription endpoints: sign-ups per client address, confirmation messages per resident's
 * address (nobody can flood a mailbox or a phone), and token pages per client address (nobody can guess links).
 */
export const subscribeThrottle = new Throttle({
  client: { points: 10, duration: FIFTEEN_MINUTES },
  contact: { points: 3, duration: HOUR },
})
export const tokenThrottle = new Throttle({ client: { points: 60, duration: FIFTEEN_MINUTES } })
