import type { Payload } from 'payload'
import { PUBLISH_QUEUE, PUBLISH_TASK } from '@ratusz/payload-plugin'

/** The site-publish jobs and the publish log (`site-publishes`), as the publishing tests read and drive them. */
type Job = { id: number; processing: boolean; waitUntil: string; completedAt?: string | null }

/** The site-publish jobs not finished yet (only those waiting to start, unless `waitingOnly` is false). */
export const publishJobs = async (payload: Payload, waitingOnly = true): Promise<Job[]> =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: PUBLISH_TASK } },
          { completedAt: { exists: false } },
          ...(waitingOnly ? [{ processing: { equals: false } }] : []),
        ],
      },
      limit: 100,
      depth: 0,
    })
  ).docs as unknown as Job[]

export const clearPublishJobs = (payload: Payload) =>
  payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: PUBLISH_TASK } } })

/** Runs the waiting publish job now (its debounce not waited out). */
export const runPublishNow = async (payload: Payload) => {
  for (const job of await publishJobs(payload)) {
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(0).toISOString() } as never,
    })
  }
  await payload.jobs.run({ queue: PUBLISH_QUEUE, limit: 1 })
}

type LogRecord = {
  status: string
  reason?: string
  scheduledFor?: string
  error?: string
  durationSeconds?: number
  pages?: number
  releaseId?: string
  via?: string
  steps?: string
}

/** The publish log's entries of one job. */
export const logOfJob = async (payload: Payload, job: number | string) =>
  (await payload.find({ collection: 'site-publishes', where: { job: { equals: String(job) } } }))
    .docs as unknown as LogRecord[]

/** The publish log's latest entry of a publish that started. */
export const lastPublish = async (payload: Payload) =>
  (
    await payload.find({
      collection: 'site-publishes',
      where: { status: { not_equals: 'queued' } },
      sort: '-startedAt',
      limit: 1,
    })
  ).docs[0] as unknown as LogRecord
