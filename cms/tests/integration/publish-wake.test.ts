import { getPayload, type Payload } from 'payload'
import {
  listenForWakes,
  notifyWake,
  publishAtStart,
  PUBLISH_QUEUE,
  PUBLISH_TASK,
  runQueueNow,
} from '@ratusz/payload-plugin'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import config from '../../src/payload.config'
import { createArticle, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { clearPublishJobs } from '../support/publish-jobs'

/** The state of the publish log's record whose reasons name `title`. */
const logStatus = async (payload: Payload, title: string): Promise<string | undefined> =>
  (
    (
      await payload.find({
        collection: 'site-publishes',
        where: { reason: { contains: title } },
        sort: '-createdAt',
        limit: 1,
        depth: 0,
      })
    ).docs[0] as { status?: string } | undefined
  )?.status

describe('publishing: a change wakes the runner of the publish queue instead of waiting for its poll', () => {
  let payload: Payload
  let stopListening: () => void = () => undefined

  beforeAll(async () => {
    payload = await testPayload()
    await clearPublishJobs(payload)
    // This process runs the publish queue (as the CMS does), but polls it once a year: only a wake can start a
    // job promptly. The other queues are not run here.
    payload.config.jobs.autoRun = [{ cron: '0 0 1 1 *', queue: PUBLISH_QUEUE, limit: 1 }]
    payload.config.jobs.shouldAutoRun = () => true
    await getPayload({ config, cron: true })
    // and listens for wakes from other processes, as the production publisher does (cms/src/jobs/run-queues.ts)
    stopListening = listenForWakes(payload, (queue) => void runQueueNow(payload, queue))
  })

  afterAll(async () => {
    stopListening()
    await Promise.all(payload.crons.splice(0).map((cron) => cron.stop()))
  })

  it('starts the publish of a save at once, and a save during that publish right after it', async () => {
    const first = unique('Obudzona publikacja')
    await createArticle(payload, { title: first, status: 'published' })
    // The runner took the job the save queued: its record left "queued", a year before the poll would have.
    await vi.waitFor(async () => expect(await logStatus(payload, first)).not.toBe('queued'), {
      timeout: 60_000,
      interval: 100,
    })
    // A change while it (likely) still runs queues one more publish; the wake runs it once the first run has ended.
    const second = unique('Zmiana w trakcie')
    await createArticle(payload, { title: second, status: 'published' })
    // Both builds end (they fail: nothing serves the CMS's API in this file; the publish log says so).
    await vi.waitFor(
      async () => {
        expect(await logStatus(payload, first)).toMatch(/^(succeeded|failed)$/)
        expect(await logStatus(payload, second)).toMatch(/^(succeeded|failed)$/)
      },
      { timeout: 600_000, interval: 500 },
    )
  }, 660_000)

  it('publishes once as a publisher process starts, at once, named so in the log', async () => {
    // what cms/src/jobs/run-queues.ts asks for as the production publisher starts (after a deploy or a restart)
    await publishAtStart(payload)
    const start = 'Uruchomienie publikowania'
    await vi.waitFor(async () => expect(await logStatus(payload, start)).not.toBe('queued'), {
      timeout: 60_000,
      interval: 100,
    })
    await vi.waitFor(async () => expect(await logStatus(payload, start)).toMatch(/^(succeeded|failed)$/), {
      timeout: 600_000,
      interval: 500,
    })
  }, 660_000)

  it('starts a publish queued by another process when that process sends a wake over PostgreSQL', async () => {
    // queued as the CMS process queues it, but without this process's own wake: only the channel can start it
    const job = await payload.jobs.queue({
      task: PUBLISH_TASK,
      queue: PUBLISH_QUEUE,
      input: { reason: unique('Zmiana z procesu CMS') },
      waitUntil: new Date(),
    } as never)
    await notifyWake(payload, PUBLISH_QUEUE)
    // taken by the runner a year before its poll, then ended (failed: nothing serves the CMS's API in this file);
    // a job that ended well is deleted
    const ended = async () => {
      const [left] = (
        await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0 })
      ).docs as unknown as { processing?: boolean; totalTried?: number; hasError?: boolean }[]
      return !left || (!left.processing && (Boolean(left.hasError) || (left.totalTried ?? 0) > 0))
    }
    await vi.waitFor(async () => expect(await ended()).toBe(true), { timeout: 600_000, interval: 500 })
  }, 660_000)
})
