import type { LoaderContext } from 'astro/loaders'
import { createHash } from 'node:crypto'

type Entry = { id: string; data: Record<string, unknown>; digest?: string | number }

/** The parts of Astro's loader context our loaders use, kept in memory so a test can run several syncs. */
export function fakeLoaderContext(collection = 'test') {
  const entries = new Map<string, Entry>()
  const meta = new Map<string, string>()
  const errors: string[] = []
  const warnings: string[] = []
  const store = {
    get: (id: string) => entries.get(id),
    entries: () => [...entries.entries()],
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    has: (id: string) => entries.has(id),
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    set: (entry: Entry) => {
      const previous = entries.get(entry.id)
      if (previous && entry.digest !== undefined && previous.digest === entry.digest) return false
      entries.set(entry.id, entry)
      return true
    },
    addModuleImport: () => {},
  }
  const logger = {
    info: () => {},
    warn: (message: string) => void warnings.push(message),
    debug: () => {},
    error: (message: string) => void errors.push(message),
  }
  const context = {
    collection,
    store,
    meta: {
      get: (key: string) => meta.get(key),
      set: (key: string, value: string) => void meta.set(key, value),
      has: (key: string) => meta.has(key),
      delete: (key: string) => void meta.delete(key),
    },
    logger,
    generateDigest: (data: Record<string, unknown> | string) =>
      createHash('sha1')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
  } as unknown as LoaderContext
  return { context, entries, meta, errors, warnings }
}
