import { CmsClient, cmsUrlFromEnv } from '@ratusz/astro-loader'
import { readVariables } from '@ratusz/config'
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { perBuild } from '../build/per-build'
import type { StaticFile } from '../common/static-files'

/**
 * Fetches the bytes of a CMS upload at build time: the store's way to files, as records.ts is to records.
 * Uploads are kept in a cache on disk by URL and version, so a rebuild copies only files that are new or
 * changed. `RATUSZ_FILE_CACHE` moves the cache (default node_modules/.cache/ratusz-files of the site).
 */
const cacheDir = resolve(readVariables(['RATUSZ_FILE_CACHE']).RATUSZ_FILE_CACHE)

export async function fetchCmsFile(file: StaticFile): Promise<Uint8Array<ArrayBuffer>> {
  const client = perBuild('cms-client', () => new CmsClient({ cmsUrl: cmsUrlFromEnv() }))
  const key = createHash('sha256')
    .update(`${client.resolve(file.remoteUrl).href}\n${file.version}`)
    .digest('hex')
  const path = join(cacheDir, key)
  try {
    return new Uint8Array(await readFile(path))
  } catch {
    // not cached yet
  }
  const { bytes } = await client.getFile(file.remoteUrl)
  await mkdir(cacheDir, { recursive: true })
  const partial = `${path}.${process.pid}.part`
  await writeFile(partial, bytes)
  await rename(partial, path)
  return bytes
}
