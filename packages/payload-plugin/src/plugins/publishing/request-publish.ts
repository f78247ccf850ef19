import type { Payload, PayloadRequest } from 'payload'
import { PUBLISH_TASK } from './options'
import { logQueued } from './publish-log'
import type { ReasonRecord } from './summarize-reasons'
import { wakeQueue } from './wake-queue'

type PublishRequest = {
  reason: string
  /** The record that changed, for the log's link to it (none for a deletion, a setting or the clock). */
  record?: Pick<ReasonRecord, 'collection' | 'id'>
  /** When to build (now plus the debounce for a change, the stale moment for the clock). */
  at: Date
  queue: string
  req?: PayloadRequest
}

/**
 * Asks for one site publish at `at`, coalescing with the publish already waiting: there is at most one queued
 * publish job, at the earliest moment anyone asked for. A change made while a build runs finds no waiting job
 * (the running one is no longer waiting) and so queues exactly one more build after it. The publish log shows the
 * waiting job with every reason given for it. Where this process runs the queue, its runner is woken at `at`
 * (wake-queue.ts) instead of finding the job at its next poll.
 */
export const requestPublish = async (
  payload: Payload,
  { reason, record, at, queue, req }: PublishRequest,
): Promise<void> => {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: PUBLISH_TASK } },
        { queue: { equals: queue } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    sort: 'waitUntil',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const job = waiting.docs[0] as { id: number | string; waitUntil?: string | null } | undefined
  if (!job) {
    const queued = await payload.jobs.queue({
      task: PUBLISH_TASK,
      queue,
      input: { reason },
      waitUntil: at,
      req,
    } as never)
    await logQueued(payload, { job: queued.id, reason, record, at, req })
    wakeQueue(payload, { queue, at, req })
    return
  }
  await logQueued(payload, { job: job.id, reason, record, at, req })
  if (job.waitUntil && new Date(job.waitUntil) > at) {
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: at.toISOString() } as never,
      req,
      overrideAccess: true,
    })
  }
  wakeQueue(payload, { queue, at, req })
}
