import { COLLECTION_SLUGS } from '../../shared/slugs'

/** The collections whose files stay private until published content uses them or an editor makes them public. */
export const FILE_COLLECTIONS = [COLLECTION_SLUGS.media, COLLECTION_SLUGS.documents] as const

export type FileCollection = (typeof FILE_COLLECTIONS)[number]

/** The ids of files one record uses, per file collection. */
export type FileRefs = Record<FileCollection, Set<string>>

export const emptyRefs = (): FileRefs => ({ media: new Set(), documents: new Set() })

export const isFileCollection = (slug: unknown): slug is FileCollection =>
  typeof slug === 'string' && (FILE_COLLECTIONS as readonly string[]).includes(slug)
