import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createArticle, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { rest } from '../support/rest'

/** The ids among `id` that an anonymous reader gets over REST: [id] when published, [] when not. */
const anonymousIds = async (payload: Payload, id: number): Promise<number[]> =>
  (await rest(payload, 'GET', `/articles?where[id][equals]=${id}&depth=0`)).body.docs.map(
    (doc: { id: number }) => doc.id,
  )

/** Far enough ahead that no run of the queue can find the job due by itself. */
const FAR_FUTURE = new Date('2100-01-01T00:00:00Z')

const schedule = async (payload: Payload, id: number, type: 'publish' | 'unpublish'): Promise<number> => {
  const job = await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type, doc: { relationTo: 'articles', value: String(id) } },
    waitUntil: FAR_FUTURE,
  } as never)
  return job.id as number
}

/** Makes a queued job due now, as the passing of time would, by moving its `waitUntil` into the past. */
const makeDue = (payload: Payload, jobId: number) =>
  payload.update({
    collection: 'payload-jobs',
    id: jobId,
    data: { waitUntil: new Date(Date.now() - 1000).toISOString() },
  })

const runJobs = (payload: Payload) => payload.jobs.run({ queue: 'default' })

describe('scheduled publishing (Payload jobs queue)', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('publishes a draft when its time comes and not before', async () => {
    const article = await createArticle(payload, { title: unique('Zaplanowany'), status: 'draft' })
    const jobId = await schedule(payload, article.id, 'publish')

    await runJobs(payload)
    expect(await anonymousIds(payload, article.id)).toEqual([])

    await makeDue(payload, jobId)
    const before = Date.now()
    await runJobs(payload)
    const after = Date.now()
    expect(await anonymousIds(payload, article.id)).toEqual([article.id])
    const { publishedAt } = (await payload.findByID({ collection: 'articles', id: article.id })) as {
      publishedAt: string
    }
    // Set by the job when it ran.
    expect(Date.parse(publishedAt)).toBeGreaterThanOrEqual(before)
    expect(Date.parse(publishedAt)).toBeLessThanOrEqual(after)
  })

  it('unpublishes a published article when its time comes and not before', async () => {
    const article = await createArticle(payload, { title: unique('Do wycofania'), status: 'published' })
    expect(await anonymousIds(payload, article.id)).toEqual([article.id])
    const jobId = await schedule(payload, article.id, 'unpublish')

    await runJobs(payload)
    expect(await anonymousIds(payload, article.id)).toEqual([article.id])

    await makeDue(payload, jobId)
    await runJobs(payload)
    expect(await anonymousIds(payload, article.id)).toEqual([])
  })
})
