import type { Document, Media } from '@ratusz/contract'
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
