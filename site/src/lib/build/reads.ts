import { AsyncLocalStorage } from 'node:async_hooks'

/**
 * What a part of a build read: the store's collections and globals by name (lib/store/records.ts) and the build's
 * memos by key (per-build.ts), each memo with a way to ask for its value again in a later build. The warm
 * renderer tracks what every route's `getStaticPaths()` reads and walks a route again only when one of its reads
 * changed (packages/publisher/src/warm/walk-routes.ts); an ordinary build tracks nothing and pays nothing.
 *
 * A memo counts by its value, not by what made it: a route that reads the site key reads settings, the BIP menu
 * and the active alerts at "now" through it, and is walked again only when that key changes, not every time the
 * clock moves. The tracking is shared through globalThis: the built pages and the renderer each import their own
 * copy of this module.
 */
export type Reads = {
  /** Store collections and globals read, by their store name. */
  readonly store: Set<string>
  /** Memos read, by key: each asks for the memo's value in the build current when it is called. */
  readonly memos: Map<string, () => unknown>
}

const KEY = Symbol.for('ratusz.build-reads')

const tracking = (): AsyncLocalStorage<Reads> =>
  ((globalThis as { [KEY]?: AsyncLocalStorage<Reads> })[KEY] ??= new AsyncLocalStorage<Reads>())

/** Notes that the work being tracked read a store collection or global. */
export const noteStoreRead = (name: string): void => {
  tracking().getStore()?.store.add(name)
}

/** Notes that the work being tracked read a memo; `again` gives its value in a later build. */
export const noteMemoRead = (key: string, again: () => unknown): void => {
  tracking().getStore()?.memos.set(key, again)
}

/** Runs `work` with nothing tracked: what a memo reads to make its value is covered by the value. */
export const untracked = <T>(work: () => T): T => tracking().exit(work)

/** Runs `work` and returns what it read. */
export async function trackReads<T>(work: () => Promise<T>): Promise<{ value: T; reads: Reads }> {
  const reads: Reads = { store: new Set(), memos: new Map() }
  const value = await tracking().run(reads, work)
  return { value, reads }
}
