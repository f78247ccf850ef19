import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { collections, siteSettings } from '@ratusz/contract'
import { seedDemo } from '../../src/seed/seed'
import { testPayload } from '../support/payload'
import { rest } from '../support/rest'

const admin = { adminEmail: 'admin-seed@example.pl', adminPassword: 'seed-password-123' }

describe('the demo seed', () => {
  let payload: Payload
  let first: { created: number; kept: number }
  let second: { created: number; kept: number }
  let countsAfterFirst: Record<string, number>
  let countsAfterSecond: Record<string, number>

  /** How many documents every collection holds (drafts included). */
  const countAll = async (): Promise<Record<string, number>> => {
    const counts: Record<string, number> = {}
    for (const slug of Object.keys(payload.collections)) {
      if (slug.startsWith('payload-') || slug === 'site-publishes') continue
      counts[slug] = (await payload.count({ collection: slug as 'articles' })).totalDocs
    }
    return counts
  }

  beforeAll(async () => {
    payload = await testPayload()
    first = await seedDemo(payload, admin)
    countsAfterFirst = await countAll()
    second = await seedDemo(payload, admin)
    countsAfterSecond = await countAll()
  }, 300_000)

  it('builds a believable gmina', async () => {
    expect(first.created + first.kept).toBeGreaterThan(80)
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
      expect(body.docs.length, slug).toBeGreaterThan(0)
      for (const doc of body.docs) {
        const parsed = schema.safeParse(doc)
        expect(parsed.success, `${slug} #${doc.id}: ${parsed.error?.message}`).toBe(true)
      }
    }
    const settings = await rest(payload, 'GET', '/globals/site-settings?depth=1')
    const parsed = siteSettings.safeParse(settings.body)
    expect(parsed.success, parsed.error?.message).toBe(true)
  })
})
