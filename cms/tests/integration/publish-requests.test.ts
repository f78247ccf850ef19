import type { Payload } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoSettings } from '../../src/seed/content/settings'
import { createArticle, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { clearPublishJobs, publishJobs } from '../support/publish-jobs'

describe('publishing: every public change asks for one site publish', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })
  beforeEach(() => clearPublishJobs(payload))

  it('coalesces a burst of changes into one queued publish, whose log names each change as an editor knows it', async () => {
    const titles: string[] = []
    const ids: Array<number | string> = []
    for (let n = 0; n < 10; n++) {
      titles.push(unique(`Seria ${n}`))
      ids.push((await createArticle(payload, { title: titles.at(-1)!, status: 'published' })).id)
    }
    const [job] = await publishJobs(payload)
    expect(await publishJobs(payload)).toHaveLength(1)
    const { docs } = await payload.find({
      collection: 'site-publishes' as never,
      where: { job: { equals: String(job!.id) } },
    })
    const log = docs[0] as unknown as { reason: string; records: unknown }
    const reasons = titles.map((title) => `Aktualność „${title}”: zmiana`)
    expect(log.reason.split('; ')).toEqual(reasons)
    // each reason keeps the record it names, so that the log links to it
    expect(log.records).toEqual(reasons.map((reason, n) => ({ reason, collection: 'articles', id: ids[n] })))
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
    const [job] = await publishJobs(payload)
    expect(await publishJobs(payload)).toHaveLength(1)
    const { docs } = await payload.find({
      collection: 'site-publishes' as never,
      where: { job: { equals: String(job!.id) } },
    })
    expect((docs[0] as unknown as { reason: string }).reason).toMatch(/^Zmiana ustawień: \p{Lu}/u)
  })
})
