import type { APIRoute } from 'astro'
import type { Document, Media } from '@ratusz/contract'
import { digest } from '../build/cache-key'
import { fetchCmsFile } from '../store/files'
import { renditions } from './images'
import { localFileName } from './urls'

/** A CMS upload copied into the static output: its local name, where the CMS serves it, and a version key. */
export type StaticFile = { name: string; remoteUrl: string; version: string }

/** Every rendition of the given images, once each. */
export function mediaFiles(images: readonly Media[]): StaticFile[] {
  const files = new Map<string, StaticFile>()
  for (const media of images) {
    for (const file of renditions(media)) {
      const name = localFileName(file.filename)
      files.set(name, { name, remoteUrl: file.url, version: `${media.updatedAt}:${file.filesize}` })
    }
  }
  return [...files.values()]
}

/** The given documents, once each. */
export function documentFiles(documents: readonly Document[]): StaticFile[] {
  const files = new Map<string, StaticFile>()
  for (const document of documents) {
    const name = localFileName(document.filename)
    files.set(name, { name, remoteUrl: document.url, version: `${document.updatedAt}:${document.filesize}` })
  }
  return [...files.values()]
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
