/** The store override the site reads (site/src/lib/store/override.ts), installed by the renderer. */
export type StoreOverride = { collections: Map<string, { id: string; data: unknown }[]> }

/** One store collection's source (site/src/lib/store/collections.ts), as the warm renderer reads it. */
type Source =
  | { kind: 'collection'; collection: string; schema: unknown; query: Record<string, string | number> }
  | { kind: 'global'; global: string; schema: unknown }

type Installed = { collections: string[]; globals: string[] }

type LoaderModule = {
  cmsCollectionLoader: (options: object) => { load: (context: object) => Promise<void> }
  cmsGlobalLoader: (options: object) => { load: (context: object) => Promise<void> }
}

/**
 * Astro's `generateDigest`, which its loaders get (content/content-layer.js: xxhash64 of a record's JSON): the
 * same digests as the first build's, so its store can be taken over (keptStores) and the loaders' fingerprints
 * match.
 */
export type Digest = (data: unknown) => string

type Entry = { id: string; data: unknown; digest?: string }

/**
 * A store as Astro's loaders see it (`LoaderContext['store']`), in memory, keeping insertion order as Astro's does.
 * As Astro's data store, `set` keeps the entry it has when the digest is the same (and says it changed nothing):
 * an unchanged record stays the very same entry from render to render, which tells the route walker
 * (walk-routes.ts) that a collection did not change.
 */
const memoryStore = () => {
  const entries = new Map<string, Entry>()
  /** The entries sorted as Astro's data store writes them, until the next change. */
  let sorted: { id: string; data: unknown }[] | undefined
  return {
    entries,
    /** The entries in the order of Astro's data store: it writes every collection sorted by id (`localeCompare`). */
    sorted: () => (sorted ??= [...entries.values()].sort(inStoreOrder)),
    store: {
      get: (id: string) => entries.get(id),
      has: (id: string) => entries.has(id),
      keys: () => [...entries.keys()],
      values: () => [...entries.values()],
      entries: () => [...entries.entries()],
      delete: (id: string) => {
        sorted = undefined
        return entries.delete(id)
      },
      clear: () => {
        sorted = undefined
        entries.clear()
      },
      set: ({ id, data, digest }: { id: string; data: unknown; digest?: string }) => {
        if (digest !== undefined && entries.get(id)?.digest === digest) return false
        sorted = undefined
        entries.set(id, { id, data, digest })
        return true
      },
    },
  }
}

const collator = new Intl.Collator()
/**
 * The order of Astro's data store, which sorts every collection by id with `localeCompare` (no locale, no options):
 * the same comparison, with one collator for every call.
 */
export const inStoreOrder = (a: { id: string }, b: { id: string }): number => collator.compare(a.id, b.id)

/**
 * The loaders' stores and meta, kept by one renderer from load to load, from its first build's: every load is then
 * the loaders' own incremental sync (records updated since the last sync and the current id list; a full one when a
 * populated collection changed or a record was left out), exactly as a cold incremental build syncs.
 */
export type KeptStores = {
  digest: Digest
  byName: Map<string, { store: ReturnType<typeof memoryStore>; meta: Map<string, string> }>
}

/** Astro's data store as far as it is read here (content/data-store.js). */
type DataStore = { entries: (collection: string) => [string, unknown][] }

/**
 * The stores a renderer starts with: those its first build left in Astro's data store, when it gives one (each
 * collection's entries, and its loader's meta, kept by Astro as the collection `meta:<name>`). The renderer's
 * first load is then the loaders' incremental sync from the build's state, as the next cold build's would be,
 * instead of fetching every record again.
 */
export const keptStores = (digest: Digest, built?: DataStore, names: readonly string[] = []): KeptStores => ({
  digest,
  byName: new Map(built ? names.map((name) => [name, takenOver(built, name)]) : []),
})

/** One collection of Astro's data store as a kept store: its entries, and its loader's meta. */
const takenOver = (built: DataStore, name: string) => {
  const store = memoryStore()
  for (const [id, entry] of built.entries(name)) store.entries.set(id, entry as Entry)
  return { store, meta: new Map(built.entries(`meta:${name}`) as [string, string][]) }
}

/** What the loaders left out in a warm load: the renderer then refuses (a cold build decides what to keep). */
export type WarmLoad = { override: StoreOverride; rejected: string[] }

/**
 * Every record of every store collection, fetched and validated by the very loaders of the site's
 * content.config.ts (@ratusz/astro-loader over lib/store/collections.ts) into the stores `kept` from the last load
 * (the first build's, or empty ones: a full sync), in the order of Astro's data store.
 */
export async function loadStore(
  sources: Record<string, Source>,
  installed: Installed,
  loaders: LoaderModule,
  kept: KeptStores,
): Promise<WarmLoad> {
  const rejected: string[] = []
  const logger = {
    info: () => {},
    debug: () => {},
    error: (message: string) => rejected.push(message),
    warn: (message: string) => rejected.push(message),
    label: 'warm',
    fork: () => logger,
  }
  await Promise.all(
    Object.entries(sources).map(async ([name, source]) => {
      const own = kept.byName.get(name) ?? { store: memoryStore(), meta: new Map<string, string>() }
      kept.byName.set(name, own)
      const { store } = own.store
      const loader =
        source.kind === 'collection'
          ? loaders.cmsCollectionLoader({
              collection: source.collection,
              schema: source.schema,
              query: source.query,
              installed: installed.collections.includes(source.collection),
            })
          : loaders.cmsGlobalLoader({
              global: source.global,
              schema: source.schema,
              installed: installed.globals.includes(source.global),
            })
      await loader.load({
        collection: name,
        store,
        meta: own.meta,
        logger,
        generateDigest: kept.digest,
        parseData: () => {
          throw new Error('the Ratusz loaders validate records themselves')
        },
      })
    }),
  )
  return { override: overrideOf(kept), rejected }
}

/** The stores as the site reads them (no load): each collection in the order of Astro's data store. */
export const overrideOf = (kept: KeptStores): StoreOverride => ({
  collections: new Map([...kept.byName].map(([name, { store }]) => [name, store.sorted()])),
})
