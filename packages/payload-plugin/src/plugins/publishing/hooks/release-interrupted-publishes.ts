import type { Payload } from 'payload'
import { PUBLISH_TASK } from '../options'

/**
 * At start-up, a publish job still marked as processing was cut off by a restart (the lock of its build went
 * stale with the process): mark it waiting again so the job runner builds the site once more. Queued jobs live in
 * the database, so a restart loses none.
 */
export const releaseInterruptedPublishes = async (payload: Payload, queue: string): Promise<void> => {
  await payload.update({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: PUBLISH_TASK } },
        { queue: { equals: queue } },
        { processing: { equals: true } },
        { completedAt: { exists: false } },
      ],
    },
    data: { processing: false, waitUntil: new Date().toISOString() } as never,
    overrideAccess: true,
  })
}
