import type { Payload } from 'payload'
import { listenForWakes, PUBLISH_QUEUE } from '@ratusz/payload-plugin'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createArticle, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { clearPublishJobs } from '../support/publish-jobs'

describe('publishing: a change in a process that does not run the publish queue wakes the one that does', () => {
  let payload: Payload
  const woken: string[] = []
  let stopListening: () => void = () => undefined

  beforeAll(async () => {
    payload = await testPayload()
    // As the production publisher listens (cms/src/jobs/run-queues.ts): here on the same database, from a
    // connection of its own; this process itself runs no queue (no crons).
    stopListening = listenForWakes(payload, (queue) => woken.push(queue))
  })

  afterAll(async () => {
    stopListening()
    await clearPublishJobs(payload)
  })

  it('sends the publish queue a wake over PostgreSQL once the change is committed', async () => {
    expect(payload.crons).toHaveLength(0)
    await createArticle(payload, { title: unique('Zmiana w innym procesie'), status: 'published' })
    await vi.waitFor(() => expect(woken).toContain(PUBLISH_QUEUE), { timeout: 30_000, interval: 50 })
  })
})
