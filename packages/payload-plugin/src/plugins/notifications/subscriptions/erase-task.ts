import { nextWarsawTime } from '@ratusz/warsaw-time'
import type { Payload, TaskConfig } from 'payload'
import type { NotificationsOptions } from '../options'
import { NOTIFICATION_SLUGS, NOTIFY_QUEUE, NOTIFY_TASKS } from '../slugs'

const collection = NOTIFICATION_SLUGS.subscriptions as never

/**
 * Forgets what must go: sign-ups never confirmed in time are deleted (they never counted), and the address of a
 * subscription that ended `erasedAfterDays` ago is erased, its record kept without it for the counts. Returns
 * how many of each.
 */
export const eraseExpired = async (
  payload: Payload,
  options: NotificationsOptions,
  now = new Date(),
): Promise<{ deleted: number; erased: number }> => {
  const expired = await payload.find({
    collection,
    where: { and: [{ status: { equals: 'pending' } }, { pendingUntil: { less_than: now.toISOString() } }] },
    pagination: false,
    depth: 0,
    select: { id: true } as never,
    overrideAccess: true,
  })
  const expiredIds = (expired.docs as unknown as { id: number | string }[]).map((doc) => doc.id)
  // Their confirmation messages go with them (a delivery always names its subscription).
  if (expiredIds.length > 0)
    await payload.delete({
      collection: NOTIFICATION_SLUGS.deliveries as never,
      where: { subscription: { in: expiredIds } },
      overrideAccess: true,
    })
  const deleted =
    expiredIds.length > 0
      ? await payload.delete({ collection, where: { id: { in: expiredIds } }, overrideAccess: true })
      : { docs: [] }
  const cutoff = new Date(now.getTime() - options.erasedAfterDays * 24 * 3600 * 1000).toISOString()
  const erased = await payload.update({
    collection,
    where: {
      and: [
        { status: { equals: 'ended' } },
        { endedAt: { less_than_equal: cutoff } },
        { erasedAt: { exists: false } },
      ],
    },
    data: {
      address: null,
      pushKeys: null,
      contactKey: null,
      manageNonce: null,
      confirmNonce: null,
      requested: null,
      erasedAt: now.toISOString(),
    } as never,
    overrideAccess: true,
    context: { fromResident: true },
  })
  return { deleted: deleted.docs.length, erased: erased.docs.length }
}

/** The next 03:15 on the Warsaw clock after `now`. */
export const nextNightAfter = (now: Date): Date => nextWarsawTime(now, 3, 15)

/**
 * Makes sure one erase job waits for the next night: queued at start-up and by each run for the night after.
 * (Payload's own `schedule` would add a global that every signed-in user may write.)
 */
export const queueNightlyErase = async (payload: Payload, now = new Date()): Promise<void> => {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: NOTIFY_TASKS.erase } }, { completedAt: { exists: false } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (waiting.docs.length > 0) return
  await payload.jobs.queue({
    task: NOTIFY_TASKS.erase,
    input: {},
    queue: NOTIFY_QUEUE,
    waitUntil: nextNightAfter(now),
  } as never)
}

/** The job that runs `eraseExpired` every night at 03:15, then queues itself for the next night. */
export const eraseTask = (options: NotificationsOptions): TaskConfig => ({
  slug: NOTIFY_TASKS.erase,
  retries: 2,
  inputSchema: [],
  outputSchema: [
    { name: 'deleted', type: 'number' },
    { name: 'erased', type: 'number' },
  ],
  handler: async ({ req }) => {
    const output = await eraseExpired(req.payload, options)
    await req.payload.jobs.queue({
      task: NOTIFY_TASKS.erase,
      input: {},
      queue: NOTIFY_QUEUE,
      waitUntil: nextNightAfter(new Date(Date.now() + 60_000)),
    } as never)
    return { output }
  },
})
