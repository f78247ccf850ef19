import type { Payload } from 'payload'
import { NOTIFICATION_SLUGS } from '../slugs'
import { queueSend } from './queue-send'

/**
 * At start-up: deliveries a stopped process had claimed but not marked go back to the queue and are sent again.
 * The message may have left just before the stop; the resend carries the same Message-ID, so mail programs show
 * it once (at least once, never lost). Then the send job is woken for whatever is queued.
 */
export const releaseInterruptedDeliveries = async (payload: Payload): Promise<void> => {
  const released = await payload.update({
    collection: NOTIFICATION_SLUGS.deliveries as never,
    where: { state: { equals: 'sending' } },
    data: { state: 'queued' } as never,
    overrideAccess: true,
  })
  const queued = await payload.find({
    collection: NOTIFICATION_SLUGS.deliveries as never,
    where: { state: { equals: 'queued' } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (released.docs.length > 0 || queued.docs.length > 0) await queueSend(payload)
}
