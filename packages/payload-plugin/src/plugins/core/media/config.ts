import path from 'node:path'
import type { CollectionConfig, ImageSize } from 'payload'
import type { ResolvedRatuszOptions } from '../../../options'
import { publicReadEditorWrite } from '../../../shared/access'
import { collectionLabels, label } from '../../../shared/i18n'
import { transliterateFilename } from '../../../shared/safe-filename'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { mediaFields } from './fields'

const webp = { format: 'webp', options: { quality: 80 } } as const

/** Renditions the site uses: list thumbnails, cards and full-width heroes, all WebP. */
export const MEDIA_IMAGE_SIZES: ImageSize[] = [
  { name: 'thumbnail', width: 400, formatOptions: webp },
  { name: 'card', width: 800, formatOptions: webp },
  { name: 'hero', width: 1600, formatOptions: webp },
]

/** `media`: images only, stored in `<uploads.dir>/media` (or wherever a storage adapter puts them). */
export const mediaCollection = (uploads: ResolvedRatuszOptions['uploads']): CollectionConfig => ({
  slug: COLLECTION_SLUGS.media,
  labels: collectionLabels((t) => t.media),
  admin: {
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'alt', 'updatedAt'],
    group: label((t) => t.groups.files),
    description: label((t) => t.media.description),
  },
  access: publicReadEditorWrite,
  upload: {
    staticDir: path.join(uploads.dir, 'media'),
    mimeTypes: ['image/*'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: MEDIA_IMAGE_SIZES,
  },
  hooks: { beforeOperation: [transliterateFilename] },
  fields: mediaFields,
})
