import fs from 'node:fs'
import path from 'node:path'
import type { Server } from 'node:http'
import type { Payload } from 'payload'
import { liveLink, liveRelease } from '@ratusz/publisher'
import { PUBLISH_QUEUE, PUBLISH_TASK } from '@ratusz/payload-plugin'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startApiServer } from '../../src/dev/api-server'
import { demoSettings } from '../../src/seed/content/settings'
import { seedDemo } from '../../src/seed/seed'
import { createArticle, unique } from '../support/articles'
import { integrationApiPort } from '../support/api-port'
import { testPayload } from '../support/payload'

type Job = { id: number; processing: boolean; waitUntil: string; completedAt?: string | null }

const publishJobs = async (payload: Payload, waitingOnly = true): Promise<Job[]> =>
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

const clearPublishJobs = (payload: Payload) =>
  payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: PUBLISH_TASK } } })

/** Runs the waiting publish job now (its debounce not waited out). */
const runPublishNow = async (payload: Payload) => {
  for (const job of await publishJobs(payload)) {
    await payload.update({
      collection: 'payload-jobs',
      id: job.id,
      data: { waitUntil: new Date(0).toISOString() } as never,
    })
  }
  await payload.jobs.run({ queue: PUBLISH_QUEUE, limit: 1 })
}

const lastPublish = async (payload: Payload) =>
  (await payload.find({ collection: 'site-publishes', sort: '-startedAt', limit: 1 })).docs[0] as unknown as {
    status: string
    error?: string
    durationSeconds?: number
    pages?: number
    releaseId?: string
  }

describe('publishing: every public change asks for one site publish', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })
  beforeEach(() => clearPublishJobs(payload))

  it('coalesces a burst of changes into one queued publish', async () => {
    for (let n = 0; n < 10; n++)
      await createArticle(payload, { title: unique(`Seria ${n}`), status: 'published' })
    expect(await publishJobs(payload)).toHaveLength(1)
  })

  it('does not publish for a draft nobody can see', async () => {
    await createArticle(payload, { title: unique('Szkic'), status: 'draft' })
    expect(await publishJobs(payload)).toHaveLength(0)
  })

  it('queues exactly one more publish for changes made during a build', async () => {
    await createArticle(payload, { title: unique('Przed budową'), status: 'published' })
    const [running] = await publishJobs(payload)
    await payload.update({ collection: 'payload-jobs', id: running!.id, data: { processing: true } as never })
    for (let n = 0; n < 3; n++)
      await createArticle(payload, { title: unique(`W trakcie ${n}`), status: 'published' })
    expect(await publishJobs(payload, false)).toHaveLength(2)
    expect(await publishJobs(payload)).toHaveLength(1)
  })

  it('after a restart, a publish cut off mid-build is queued again', async () => {
    await createArticle(payload, { title: unique('Przerwana'), status: 'published' })
    const [job] = await publishJobs(payload)
    await payload.update({ collection: 'payload-jobs', id: job!.id, data: { processing: true } as never })
    await payload.config.onInit?.(payload)
    const [again] = await publishJobs(payload)
    expect(again?.id).toBe(job!.id)
  })

  it('asks for a publish when site settings change', async () => {
    await payload.updateGlobal({ slug: 'site-settings', data: demoSettings as never })
    expect(await publishJobs(payload)).toHaveLength(1)
  })
})

describe('publishing: the job builds the real site, and a failure leaves the live site as it was', () => {
  let payload: Payload
  let api: Server | undefined
  let sitesDir: string

  const serveApi = async () => {
    api = await startApiServer(payload, integrationApiPort)
  }
  const stopApi = () => new Promise<void>((resolve) => (api ? api.close(() => resolve()) : resolve()))

  beforeAll(async () => {
    payload = await testPayload()
    sitesDir = process.env.RATUSZ_SITES_DIR!
    await seedDemo(payload, { adminEmail: 'admin-publish@example.pl', adminPassword: 'publish-password-1' })
    await serveApi()
  }, 300_000)
  afterAll(stopApi)

  it('publishes a change to the live site and logs it for editors', async () => {
    await clearPublishJobs(payload)
    const article = await createArticle(payload, {
      title: unique('Opublikowane przez zadanie'),
      status: 'published',
    })
    await runPublishNow(payload)
    const log = await lastPublish(payload)
    expect(log.error).toBeFalsy()
    expect(log.status).toBe('succeeded')
    expect(log.pages).toBeGreaterThan(60)
    expect(log.durationSeconds).toBeGreaterThan(0)
    expect(liveRelease(sitesDir)).toBe(log.releaseId)
    const page = path.join(liveLink(sitesDir), 'aktualnosci', article.slug, 'index.html')
    expect(fs.readFileSync(page, 'utf8')).toContain(article.title)
  }, 180_000)

  it('keeps the live site when the CMS is down during the build, and says so in Polish', async () => {
    const before = liveRelease(sitesDir)
    await stopApi()
    await createArticle(payload, { title: unique('Niewidoczna'), status: 'published' })
    await runPublishNow(payload)
    const log = await lastPublish(payload)
    expect(log.status).toBe('failed')
    expect(log.error).toMatch(/nie mógł pobrać treści z CMS/)
    expect(liveRelease(sitesDir)).toBe(before)
    await serveApi()
  }, 180_000)

  it('keeps the live site when a record breaks the contract, and names the record and field', async () => {
    const before = liveRelease(sitesDir)
    const media = (
      await payload.find({ collection: 'media', limit: 1, where: { decorative: { not_equals: true } } })
    ).docs[0]!
    // Written past the CMS's own validation, as a faulty import or a migration could leave it.
    await payload.db.updateOne({ collection: 'media', id: media.id, data: { alt: '' } })
    try {
      await createArticle(payload, { title: unique('Po złym rekordzie'), status: 'published' })
      await runPublishNow(payload)
      const log = await lastPublish(payload)
      expect(log.status).toBe('failed')
      expect(log.error).toMatch(new RegExp(`Rekord \\S+ #\\d+ ma niepoprawne pole „\\S*alt”`))
      expect(liveRelease(sitesDir)).toBe(before)
    } finally {
      await payload.db.updateOne({ collection: 'media', id: media.id, data: { alt: 'Przywrócony opis' } })
    }
  }, 180_000)
})
