import { Throttle } from '../../../shared/throttle'

const FIFTEEN_MINUTES = 15 * 60
const HOUR = 60 * 60

/**
 * Limits of the report form: reports per client address, and per resident's address (nobody floods the office
 * or someone's mailbox or phone with confirmation messages).
 */
export const reportThrottle = new Throttle({
  client: { points: 10, duration: FIFTEEN_MINUTES },
  contact: { points: 5, duration: HOUR },
})

/** Limits of the status page's answers per client address. */
export const answerThrottle = new Throttle({ client: { points: 20, duration: FIFTEEN_MINUTES } })
