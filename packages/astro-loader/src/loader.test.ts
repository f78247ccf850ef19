import { area, article } from '@ratusz/contract'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cmsCollectionLoader, cmsGlobalLoader, META_LAST_UPDATED_AT, META_REJECTED } from './loader'
import { FixtureCms, type FixtureRecord } from './testing/fixture-cms'
import { fakeLoaderContext } from './testing/loader-context'

const at = (day: number) => new Date(Date.UTC(2025, 0, day)).toISOString()

function areaRecord(id: number, day: number, name = `Sołectwo ${id}`): FixtureRecord {
  return { id, name, slug: `solectwo-${id}`, kind: 'solectwo', createdAt: at(1), updatedAt: at(day) }
}

function articleRecord(id: number, cover: Record<string, unknown> | null = null): FixtureRecord {
  return {
    id,
    title: 'Nowa droga',
    slug: `nowa-droga-${id}`,
    lead: 'Droga jest gotowa.',
    body: { root: { type: 'root', children: [] } },
    cover,
    author: 'Referat Promocji',
    publishedAt: at(2),
    createdAt: at(1),
    updatedAt: at(2),
  }
}

const image = {
  id: 7,
  alt: '',
  url: '/api/media/file/droga.jpg',
  filename: 'droga.jpg',
  mimeType: 'image/jpeg',
  filesize: 1000,
  width: 1600,
  height: 900,
  sizes: {},
  createdAt: at(1),
  updatedAt: at(1),
}

describe('cmsCollectionLoader', () => {
  let cms: FixtureCms
  beforeEach(async () => {
    cms = await new FixtureCms().start()
    // what articles embed (cover, attachments, categories, areas): empty until a test sets them
    for (const embedded of ['media', 'documents', 'categories', 'areas']) cms.collections.set(embedded, [])
  })
  afterEach(() => cms.stop())

  const loader = () => cmsCollectionLoader({ collection: 'areas', schema: area, cmsUrl: cms.url })

  it('stores every validated record under String(id) and remembers the latest updatedAt', async () => {
    cms.collections.set('areas', [areaRecord(1, 3), areaRecord(2, 5), areaRecord(3, 4)])
    const { context, entries, meta } = fakeLoaderContext()
    await loader().load(context)
    expect([...entries.keys()]).toEqual(['1', '2', '3'])
    expect(entries.get('2')?.data).toMatchObject({ name: 'Sołectwo 2', kind: 'solectwo' })
    expect(meta.get(META_LAST_UPDATED_AT)).toBe(at(5))
  })

  it('asks for the id list only when a record is gone: when the count adds up, nothing is', async () => {
    cms.collections.set('areas', [areaRecord(1, 3), areaRecord(2, 5), areaRecord(3, 4)])
    const { context, entries } = fakeLoaderContext()
    await loader().load(context)
    const idLists = () =>
      cms.requests.filter(
        (url) => url.searchParams.get('select[id]') && url.searchParams.get('limit') !== '1',
      )
    const syncWith = async (records: ReturnType<typeof areaRecord>[]) => {
      cms.collections.set('areas', records)
      cms.requests.length = 0
      await loader().load(context)
    }

    // one record changed, one added: three stored plus one new is what the CMS counts
    await syncWith([areaRecord(1, 3), areaRecord(2, 6, 'Zmiana'), areaRecord(3, 4), areaRecord(4, 7)])
    expect(idLists()).toEqual([])
    expect([...entries.keys()].sort()).toEqual(['1', '2', '3', '4'])

    // one removed and one added: the count is the same as before, but not the store's plus the new one
    await syncWith([areaRecord(1, 3), areaRecord(2, 6, 'Zmiana'), areaRecord(4, 7), areaRecord(5, 8)])
    expect(idLists()).toHaveLength(1)
    expect([...entries.keys()].sort()).toEqual(['1', '2', '4', '5'])
  })

  it('on the next sync fetches only records changed since the last one, and drops vanished ones', async () => {
    cms.collections.set('areas', [areaRecord(1, 3), areaRecord(2, 5), areaRecord(3, 4)])
    const { context, entries, meta } = fakeLoaderContext()
    await loader().load(context)

    cms.collections.set('areas', [areaRecord(1, 3), areaRecord(3, 7, 'Nowa nazwa'), areaRecord(4, 6)])
    cms.requests.length = 0
    await loader().load(context)

    const changedRequest = cms.requests.find((url) => !url.searchParams.has('select[id]'))
    expect(changedRequest?.searchParams.get('where[updatedAt][greater_than_equal]')).toBe(at(5))
    expect(cms.requests.some((url) => url.searchParams.get('select[id]') === 'true')).toBe(true)
    expect([...entries.keys()].sort()).toEqual(['1', '3', '4'])
    expect(entries.get('3')?.data).toMatchObject({ name: 'Nowa nazwa' })
    expect(meta.get(META_LAST_UPDATED_AT)).toBe(at(7))
  })

  it('empties the store when the CMS has no records left', async () => {
    cms.collections.set('areas', [areaRecord(1, 3)])
    const { context, entries } = fakeLoaderContext()
    await loader().load(context)
    cms.collections.set('areas', [])
    await loader().load(context)
    expect(entries.size).toBe(0)
  })

  it('does a full sync again when the store was cleared', async () => {
    cms.collections.set('areas', [areaRecord(1, 3)])
    const { context, entries } = fakeLoaderContext()
    await loader().load(context)
    entries.clear()
    cms.requests.length = 0
    await loader().load(context)
    expect(cms.requests[0]?.searchParams.has('where[updatedAt][greater_than_equal]')).toBe(false)
    expect(entries.size).toBe(1)
  })

  it('does a full sync when a collection populated into the records changed, so copies never go stale', async () => {
    const articles = () => cmsCollectionLoader({ collection: 'articles', schema: article, cmsUrl: cms.url })
    cms.collections.set('areas', [areaRecord(1, 1)])
    cms.collections.set('articles', [articleRecord(1), articleRecord(2)])
    const { context } = fakeLoaderContext()
    await articles().load(context)

    const fullSyncs = () =>
      cms.requests.filter(
        (url) =>
          url.pathname === '/api/articles' &&
          !url.search.includes('updatedAt') &&
          !url.search.includes('select'),
      ).length
    cms.requests.length = 0
    await articles().load(context)
    expect(fullSyncs()).toBe(0)

    cms.collections.set('areas', [areaRecord(1, 9, 'Nowa nazwa sołectwa')])
    cms.requests.length = 0
    await articles().load(context)
    expect(fullSyncs()).toBe(1)

    cms.collections.set('areas', [areaRecord(1, 9, 'Nowa nazwa sołectwa'), areaRecord(2, 1)])
    cms.requests.length = 0
    await articles().load(context)
    expect(fullSyncs()).toBe(1)
  })

  it('leaves out a record that breaks the contract, stores the rest and reports the record and field', async () => {
    const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-skipped-')), 'skipped.jsonl')
    process.env.RATUSZ_SKIPPED_RECORDS_FILE = report
    try {
      cms.collections.set('articles', [articleRecord(1), articleRecord(12, image)])
      const { context, entries } = fakeLoaderContext()
      await cmsCollectionLoader({ collection: 'articles', schema: article, cmsUrl: cms.url }).load(context)
      expect([...entries.keys()]).toEqual(['1'])
      const lines = fs.readFileSync(report, 'utf8').trim().split('\n')
      expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
        {
          collection: 'articles',
          id: '12',
          field: 'cover.alt',
          problem: 'alt text is required unless the image is marked decorative',
          keptPrevious: false,
        },
      ])
    } finally {
      delete process.env.RATUSZ_SKIPPED_RECORDS_FILE
    }
  })

  it('names every issue of a left-out record in its warning', async () => {
    const bad = { ...areaRecord(5, 3), slug: 'Zła Łąka', kind: 'wies' }
    cms.collections.set('areas', [bad, areaRecord(6, 3)])
    const { context, entries, warnings } = fakeLoaderContext()
    await loader().load(context)
    expect([...entries.keys()]).toEqual(['6'])
    expect(warnings[0]!.split('\n')).toEqual([
      'CMS record areas #5 does not match the contract:',
      '  field "slug": must be a lower-case slug like "zolta-laka"',
      expect.stringMatching(/^ {2}field "kind": Invalid option/),
      '  left out of this build',
    ])
  })

  it('empties the store without asking the CMS when the collection is not installed (section off)', async () => {
    cms.collections.set('areas', [areaRecord(1, 3)])
    const { context, entries, meta } = fakeLoaderContext()
    await loader().load(context)
    cms.requests.length = 0
    await cmsCollectionLoader({ collection: 'areas', schema: area, cmsUrl: cms.url, installed: false }).load(
      context,
    )
    expect(cms.requests).toHaveLength(0)
    expect(entries.size).toBe(0)
    expect(meta.get(META_LAST_UPDATED_AT)).toBeUndefined()
  })

  it('leaves the store alone without asking the CMS when RATUSZ_SKIP_CMS_SYNC=1 (astro check)', async () => {
    cms.collections.set('areas', [areaRecord(1, 3)])
    const { context, entries } = fakeLoaderContext()
    process.env.RATUSZ_SKIP_CMS_SYNC = '1'
    try {
      await loader().load(context)
    } finally {
      delete process.env.RATUSZ_SKIP_CMS_SYNC
    }
    expect(cms.requests).toHaveLength(0)
    expect(entries.size).toBe(0)
  })

  it('keeps the previous entry of a record that turns bad, and syncs fully until it is fixed', async () => {
    cms.collections.set('areas', [areaRecord(1, 3), areaRecord(2, 3)])
    const { context, entries, meta, warnings } = fakeLoaderContext()
    await loader().load(context)
    cms.collections.set('areas', [{ ...areaRecord(1, 9), slug: 'ZŁY' }, areaRecord(2, 9, 'Nowa')])
    await loader().load(context)
    expect(entries.get('1')?.data).toMatchObject({ slug: 'solectwo-1' })
    expect(entries.get('2')?.data).toMatchObject({ name: 'Nowa' })
    expect(warnings.at(-1)).toMatch(/#1 does not match[\s\S]*its previous version stays/)
    expect(meta.get(META_REJECTED)).toBe('1')
    cms.requests.length = 0
    await loader().load(context)
    expect(cms.requests.some((url) => url.searchParams.has('where[updatedAt][greater_than_equal]'))).toBe(
      false,
    )
    expect(warnings).toHaveLength(2)
    cms.collections.set('areas', [areaRecord(1, 10, 'Naprawiona'), areaRecord(2, 9, 'Nowa')])
    await loader().load(context)
    expect(entries.get('1')?.data).toMatchObject({ name: 'Naprawiona' })
    expect(meta.has(META_REJECTED)).toBe(false)
  })
})

describe('cmsGlobalLoader', () => {
  it('stores the global as one entry whose id is its slug', async () => {
    const cms = await new FixtureCms().start()
    cms.globals.set('site-settings', {
      name: 'Sołectwo',
      slug: 'solectwo',
      kind: 'grupa',
      createdAt: at(1),
      updatedAt: at(1),
    })
    const { context, entries } = fakeLoaderContext()
    await cmsGlobalLoader({ global: 'site-settings', schema: area.omit({ id: true }), cmsUrl: cms.url }).load(
      context,
    )
    expect([...entries.keys()]).toEqual(['site-settings'])
    await cms.stop()
  })
})
