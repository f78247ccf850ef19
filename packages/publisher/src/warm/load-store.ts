import { createHash } from 'node:crypto'
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

/** What Astro's `generateDigest` gives a loader: a digest of a record as the CMS sent it. */
const digestOf = (data: unknown): string =>
  createHash('sha1')
    .update(typeof data === 'string' ? data : JSON.stringify(data))
    .digest('base64url')

/**
 * A store as Astro's loaders see it (`LoaderContext['store']`), in memory, keeping insertion order as Astro's does.
 * As Astro's data store, `set` keeps the entry it has when the digest is the same (and says it changed nothing):
 * an unchanged record stays the very same entry from render to render, which tells the route walker
 * (walk-routes.ts) that a collection did not change.
 */
const memoryStore = () => {
  const entries = new Map<string, { id: string; data: unknown; digest?: string }>()
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
 * The loaders' stores and meta, kept by one renderer from load to load: every load after the first is then the
 * loaders' own incremental sync (records updated since the last sync and the current id list; a full one when a
 * populated collection changed or a record was left out), exactly as a cold incremental build syncs.
 */
export type KeptStores = Map<string, { store: ReturnType<typeof memoryStore>; meta: Map<string, string> }>

export const keptStores = (): KeptStores => new Map()

/** What the loaders left out in a warm load: the renderer then refuses (a cold build decides what to keep). */
export type WarmLoad = { override: StoreOverride; rejected: string[] }

/**
 * Every record of every store collection, fetched and validated by the very loaders of the site's
 * content.config.ts (@ratusz/astro-loader over lib/store/collections.ts) into the stores `kept` from the last load
 * (fresh ones the first time: a full sync), in the order of Astro's data store.
 */
export async function loadStore(
  sources: Record<string, Source>,
  installed: Installed,
  loaders: LoaderModule,
  kept: KeptStores = keptStores(),
): Promise<WarmLoad> {
  const collections = new Map<string, { id: string; data: unknown }[]>()
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
      const own = kept.get(name) ?? { store: memoryStore(), meta: new Map<string, string>() }
      kept.set(name, own)
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
        generateDigest: digestOf,
        parseData: () => {
          throw new Error('the Ratusz loaders validate records themselves')
        },
      })
      collections.set(name, own.store.sorted())
    }),
  )
  return { override: { collections }, rejected }
}
