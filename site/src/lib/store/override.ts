/**
 * The store's override: a process that keeps the built site in memory (the warm publisher,
 * packages/publisher/src/warm) installs here the records it has just fetched with the same loaders
 * (lib/store/collections.ts), and the already imported pages read those instead of the content store bundled
 * into the build. Each install is a new object, and a new object is a new build for the per-build memos
 * (lib/build/per-build.ts). Nothing is installed in an ordinary `astro build`.
 */

/** The entries of each store collection, in the order its loader stored them (by ids for the globals). */
export type StoreOverride = {
  readonly collections: ReadonlyMap<string, readonly { readonly id: string; readonly data: unknown }[]>
}

const KEY = Symbol.for('ratusz.store-override')

/** The override installed in this process, if any. */
export const storeOverride = (): StoreOverride | undefined => (globalThis as { [KEY]?: StoreOverride })[KEY]

/** Installs (or with undefined removes) the override: every later read of the store and every memo sees it. */
export const installStoreOverride = (override: StoreOverride | undefined): void => {
  ;(globalThis as { [KEY]?: StoreOverride })[KEY] = override
}
