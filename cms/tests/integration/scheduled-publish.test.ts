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

const schedule = (payload: Payload, id: number, type: 'publish' | 'unpublish', at: Date) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    input: { type, doc: { relationTo: 'articles', value: String(id) } },
    waitUntil: at,
  } as never)

const runDueJobs = async (payload: Payload, at: Date) => {
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - Date.now() + 200)))
  await payload.jobs.run({ queue: 'default' })
}

describe('scheduled publishing (Payload jobs queue)', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('publishes a draft at its time and not before', async () => {
    const article = await createArticle(payload, { title: unique('Zaplanowany'), status: 'draft' })
    const at = new Date(Date.now() + 1500)
    await schedule(payload, article.id, 'publish', at)

    await payload.jobs.run({ queue: 'default' })
    expect(await anonymousIds(payload, article.id)).toEqual([])

    await runDueJobs(payload, at)
    const ranBy = Date.now()
    expect(await anonymousIds(payload, article.id)).toEqual([article.id])
    const { publishedAt } = (await payload.findByID({ collection: 'articles', id: article.id })) as {
      publishedAt: string
    }
    // Set by the job when it ran: not before the scheduled time, not after the run.
    expect(Date.parse(publishedAt)).toBeGreaterThanOrEqual(at.getTime())
    expect(Date.parse(publishedAt)).toBeLessThanOrEqual(ranBy)
  })

  it('unpublishes a published article at its time', async () => {
    const article = await createArticle(payload, { title: unique('Do wycofania'), status: 'published' })
    expect(await anonymousIds(payload, article.id)).toEqual([article.id])
    const at = new Date(Date.now() + 1000)
    await schedule(payload, article.id, 'unpublish', at)
    await payload.jobs.run({ queue: 'default' })
    expect(await anonymousIds(payload, article.id)).toEqual([article.id])
    await runDueJobs(payload, at)
    expect(await anonymousIds(payload, article.id)).toEqual([])
  })
})
