import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { keptStores, type Digest, type KeptStores } from './load-store'

const importFile = (file: string) => import(pathToFileURL(file).href)

/** Astro's `generateDigest` (content/content-layer.js: xxhash64 of the data's JSON), from Astro's own xxhash-wasm. */
async function astroDigest(astroDir: string): Promise<Digest> {
  const xxhash = await importFile(createRequire(path.join(astroDir, 'package.json')).resolve('xxhash-wasm'))
  const { h64ToString } = (await xxhash.default()) as { h64ToString: (text: string) => string }
  return (data) => h64ToString(typeof data === 'string' ? data : JSON.stringify(data))
}

/**
 * The stores a renderer keeps between renders, taken over from the data store its first build left in its
 * cacheDir (`data-store.json`, read with Astro's own MutableDataStore), with Astro's digest: each render then
 * syncs what changed since the last one, the first too. Without a data store file the stores start empty
 * (`taken` false), and the first load is a full sync.
 */
export async function takeOverStores(
  astroDir: string,
  cacheDir: string,
  names: readonly string[],
): Promise<{ stores: KeptStores; taken: boolean }> {
  const digest = await astroDigest(astroDir)
  const file = path.join(cacheDir, 'data-store.json')
  if (!fs.existsSync(file)) return { stores: keptStores(digest), taken: false }
  const { MutableDataStore } = await importFile(path.join(astroDir, 'dist/content/mutable-data-store.js'))
  const built = await MutableDataStore.fromString(fs.readFileSync(file, 'utf8'))
  return { stores: keptStores(digest, built, names), taken: true }
}
