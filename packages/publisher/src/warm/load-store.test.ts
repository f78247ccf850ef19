import { describe, expect, it } from 'vitest'
import { keptStores, loadStore, overrideOf } from './load-store'

/** Astro's data store as a build leaves it: collections by name, entries by id, each loader's meta beside. */
const dataStore = (collections: Record<string, Record<string, unknown>>) => ({
  entries: (name: string) => Object.entries(collections[name] ?? {}),
})

const digest = (data: unknown) => JSON.stringify(data)

/** A loader that sets the records it is given, as the CMS loaders do after a sync, and notes the meta it saw. */
const loaders = (records: { id: string; title: string }[], seen: Map<string, string>[]) => {
  type Context = { store: { set: (entry: object) => boolean }; meta: Map<string, string> }
  const loader = () => ({
    load: async (context: object) => {
      const { store, meta } = context as Context
      seen.push(new Map(meta))
      for (const { id, title } of records) store.set({ id, data: { title }, digest: digest({ title }) })
      meta.set('last-sync', 'now')
    },
  })
  return { cmsCollectionLoader: loader, cmsGlobalLoader: loader }
}

const sources = {
  articles: { kind: 'collection' as const, collection: 'articles', schema: {}, query: {} },
}
const installed = { collections: ['articles'], globals: [] }

describe('the warm renderer’s stores', () => {
  it('take over a build’s entries and meta, in the order of Astro’s data store', () => {
    const built = dataStore({
      articles: {
        '9': { id: '9', data: { title: 'Dziewięć' }, digest: 'd9' },
        '10': { id: '10', data: { title: 'Dziesięć' }, digest: 'd10' },
        b: { id: 'b', data: { title: 'Be' }, digest: 'db' },
        A: { id: 'A', data: { title: 'A' }, digest: 'dA' },
      },
      'meta:articles': { 'last-sync': '2026-12-01T08:00:00.000Z' },
    })
    const stores = keptStores(digest, built, ['articles'])
    expect(stores.byName.get('articles')!.meta.get('last-sync')).toBe('2026-12-01T08:00:00.000Z')
    const ids = overrideOf(stores)
      .collections.get('articles')!
      .map((entry) => entry.id)
    // as Astro's data store writer sorts: localeCompare (numbers before letters, letters without regard to case)
    expect(ids).toEqual(['9', '10', 'b', 'A'].sort((a, b) => a.localeCompare(b)))
  })

  it('start empty without a build’s store', () => {
    expect(overrideOf(keptStores(digest)).collections.size).toBe(0)
  })

  it('hand the loaders the build’s meta, and keep the very same entries while nothing changes', async () => {
    const built = dataStore({
      articles: { '1': { id: '1', data: { title: 'Dożynki' }, digest: digest({ title: 'Dożynki' }) } },
      'meta:articles': { 'last-sync': 'build' },
    })
    const stores = keptStores(digest, built, ['articles'])
    const seen: Map<string, string>[] = []
    const first = await loadStore(sources, installed, loaders([{ id: '1', title: 'Dożynki' }], seen), stores)
    expect(seen[0]!.get('last-sync')).toBe('build')
    const again = await loadStore(sources, installed, loaders([{ id: '1', title: 'Dożynki' }], seen), stores)
    expect(again.override.collections.get('articles')).toBe(first.override.collections.get('articles'))
    const edited = await loadStore(
      sources,
      installed,
      loaders([{ id: '1', title: 'Dożynki 2026' }], seen),
      stores,
    )
    expect(edited.override.collections.get('articles')).not.toBe(first.override.collections.get('articles'))
    expect(edited.override.collections.get('articles')!.map((entry) => entry.data)).toEqual([
      { title: 'Dożynki 2026' },
    ])
  })
})
