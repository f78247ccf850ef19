import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collections, siteSettings } from '@ratusz/contract'
import { eventContradictions } from '../../src/seed/checks/event-contradictions'
import { seedDemo } from '../../src/seed/seed'
import { createTestDatabase, dropStaleDatabases } from '../support/postgres'
import { rest } from '../support/rest'
import { variantPayload } from '../support/variant-payload'

/** Public collections the demo seed leaves empty: residents fill them. */
const WRITTEN_BY_RESIDENTS = new Set(['reports'])

const admin = { adminEmail: 'admin-seed@example.pl', adminPassword: 'seed-password-123' }

describe('the demo seed', () => {
  let payload: Payload
  let first: { created: number; kept: number }
  let second: { created: number; kept: number }
  let countsAfterFirst: Record<string, number>
  let countsAfterSecond: Record<string, number>
  let seededBy: number

  /** How many documents every collection holds (drafts included). */
  const countAll = async (): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {}
    for (const slug of Object.keys(payload.collections)) {
      if (slug.startsWith('payload-') || slug === 'site-publishes') continue
      counts[slug] = (await payload.count({ collection: slug as 'articles' })).totalDocs
    }
    return counts
  }

  // A database of its own: on the shared one, other test files edit seeded articles and publish their own. And
  // uploads of its own: the seed finds its files again by their names, which Payload changes when the folder
  // already holds a file of that name (another file's seed put it there).
  beforeAll(async () => {
    await dropStaleDatabases('ratusz_seed')
    const database = await createTestDatabase('ratusz_seed')
    process.env.RATUSZ_UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-seed-uploads-'))
    payload = await variantPayload({ env: { DATABASE_URL: database.url } })
    first = await seedDemo(payload, admin)
    seededBy = Date.now()
    countsAfterFirst = await countAll()
    second = await seedDemo(payload, admin)
    countsAfterSecond = await countAll()
  }, 300_000)
  afterAll(async () => {
    await payload?.destroy()
    fs.rmSync(process.env.RATUSZ_UPLOADS_DIR!, { recursive: true, force: true })
  })

  it('builds a believable gmina', async () => {
    expect(first.created).toBeGreaterThan(80)
    const count = async (
      collection: 'articles' | 'areas' | 'categories' | 'media' | 'documents',
      where = {},
    ) => (await payload.count({ collection, where })).totalDocs
    expect(await count('areas')).toBeGreaterThanOrEqual(8)
    expect(await count('categories')).toBeGreaterThanOrEqual(6)
    expect(await count('articles', { _status: { equals: 'published' } })).toBeGreaterThanOrEqual(60)
    expect(await count('articles', { _status: { equals: 'draft' } })).toBeGreaterThanOrEqual(2)
    expect(await count('documents', { mimeType: { equals: 'application/pdf' } })).toBeGreaterThanOrEqual(3)
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
    expect(jobs.docs.length).toBeGreaterThanOrEqual(1)
    const years = new Set(
      (await payload.find({ collection: 'articles', pagination: false, depth: 0 })).docs.map((doc) =>
        new Date((doc as { publishedAt: string }).publishedAt).getUTCFullYear(),
      ),
    )
    expect(years.size).toBeGreaterThanOrEqual(3)
  })

  it('is idempotent: a second run creates nothing', () => {
    expect(second.created).toBe(0)
    expect(second.kept).toBeGreaterThan(0)
    expect(countsAfterSecond).toEqual(countsAfterFirst)
  })

  it('serves REST output that satisfies the public contract', async () => {
    for (const [slug, schema] of Object.entries(collections)) {
      const { status, body } = await rest(payload, 'GET', `/${slug}?pagination=false&depth=1`)
      expect(status, slug).toBe(200)
      // Residents write reports; the demo seeds none.
      if (!WRITTEN_BY_RESIDENTS.has(slug)) expect(body.docs.length, slug).toBeGreaterThan(0)
      for (const doc of body.docs) {
        const parsed = schema.safeParse(doc)
        expect(parsed.success, `${slug} #${doc.id}: ${parsed.error?.message}`).toBe(true)
      }
    }
    const settings = await rest(payload, 'GET', '/globals/site-settings?depth=1')
    const parsed = siteSettings.safeParse(settings.body)
    expect(parsed.success, parsed.error?.message).toBe(true)
  })

  /** Every record of a collection, drafts aside. */
  const all = async (collection: string) =>
    (await payload.find({ collection: collection as 'articles', pagination: false, depth: 0 })).docs as any[]

  const text = (body: unknown) => convertLexicalToPlaintext({ data: body as never })

  it('holds every event on the days its text names, council sessions on working days', async () => {
    const events = await all('events')
    expect(events.length).toBeGreaterThan(40)
    const problems = events.flatMap((event) =>
      eventContradictions({
        title: event.title,
        texts: [event.lead ?? '', text(event.body), event.statusNote ?? ''],
        start: new Date(event.start),
        end: new Date(event.end),
        recurrence: event.recurrence,
      }),
    )
    expect(problems).toEqual([])
  })

  it('dates no entry of the BIP register after the seed', async () => {
    const changes = await all('bip-changes')
    expect(changes.length).toBeGreaterThan(300)
    const later = changes.filter((change) => Date.parse(change.changedAt) > seededBy)
    expect(later.map((change) => `${change.title}: ${change.changedAt}`)).toEqual([])
  })

  it("states in the BIP the office hours the site's footer shows", async () => {
    const { officeHours } = (await payload.findGlobal({ slug: 'site-settings' })) as any
    expect(officeHours.length).toBeGreaterThan(0)
    const [category] = (
      await payload.find({
        collection: 'bip-categories' as never,
        where: { name: { equals: 'Godziny pracy' } },
      })
    ).docs as any[]
    const [page] = (
      await payload.find({
        collection: 'bip-documents' as never,
        where: { category: { equals: category.id } },
      })
    ).docs as any[]
    const stated = text(page.body)
    for (const row of officeHours) expect(stated.toLowerCase()).toContain(`${row.days}: ${row.hours}`)
    expect(stated.match(/\d{1,2}:\d{2}–\d{1,2}:\d{2}/g)).toEqual(officeHours.map((row: any) => row.hours))
  })

  it('shows no published article as updated after it was published', async () => {
    const published = (await all('articles')).filter((article) => article._status === 'published')
    expect(published.length).toBeGreaterThan(60)
    for (const article of published) expect(article.updatedAt, article.title).toBe(article.publishedAt)
  })
})
