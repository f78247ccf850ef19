import type { APIRoute } from 'astro'
import { CmsClient, cmsUrlFromEnv } from '@ratusz/astro-loader'
import { readConfig } from '@ratusz/config'
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { digest } from './cache-key'
import type { StaticFile } from './static-files'

/**
 * Fetches the bytes of a CMS upload at build time. Uploads are kept in a cache on disk by URL and version, so a
 * rebuild copies only files that are new or changed. `RATUSZ_FILE_CACHE` moves the cache (default
 * node_modules/.cache/ratusz-files of the site).
 */
const cacheDir = resolve(readConfig('site').RATUSZ_FILE_CACHE)

let client: CmsClient | undefined

async function fetchCmsFile(file: StaticFile): Promise<Uint8Array<ArrayBuffer>> {
  client ??= new CmsClient({ cmsUrl: cmsUrlFromEnv() })
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

/**
 * The static paths of a file-copying route: one page per file, named as the site links to it, keyed by the file's
 * name and version alone, so an incremental build copies an unchanged file from the previous build.
 */
export const staticFilePaths = (files: readonly StaticFile[]) =>
  files.map((file) => ({ params: { file: file.name }, props: { file }, cacheKey: digest(file) }))

/** The body of a file-copying route: the file's bytes from the CMS (the build writes them under its name). */
export const serveCmsFile: APIRoute<{ file: StaticFile }> = async ({ props }) =>
  new Response(await fetchCmsFile(props.file))
