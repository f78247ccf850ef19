import path from 'node:path'
import type { CollectionConfig, ImageSize } from 'payload'
import type { ResolvedRatuszOptions } from '../../../options'
import { publicReadEditorWrite } from '../../../shared/access'
import { collectionLabels, label } from '../../../shared/i18n'
import { checkStoredFile } from '../../../shared/check-stored-file'
import { checkUploadedFile } from '../../../shared/check-uploaded-file'
import { nameUploadByContent } from '../../../shared/safe-filename'
import { safeFileServing } from '../../../shared/serve-upload'
import { IMAGE_MIME_TYPES } from '../../../shared/upload-types'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { mediaFields } from './fields'

const webp = { format: 'webp', options: { quality: 80 } } as const

/** Renditions the site uses: list thumbnails, cards and full-width heroes, all WebP. */
const MEDIA_IMAGE_SIZES: ImageSize[] = [
  { name: 'thumbnail', width: 400, formatOptions: webp },
  { name: 'card', width: 800, formatOptions: webp },
  { name: 'hero', width: 1600, formatOptions: webp },
]

/**
 * `media`: images only (JPEG, PNG, WebP, GIF, AVIF by content; never SVG, which can carry script), within their
 * own size limit, named after their content, stored in `<uploads.dir>/media` (or wherever a storage adapter
 * puts them).
 */
export const mediaCollection = (
  uploads: ResolvedRatuszOptions['uploads'],
  media: ResolvedRatuszOptions['media'] = { maxFileSizeMB: 10 },
): CollectionConfig => ({
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
    mimeTypes: [...IMAGE_MIME_TYPES],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: MEDIA_IMAGE_SIZES,
    ...safeFileServing(IMAGE_MIME_TYPES),
  },
  hooks: {
    beforeOperation: [
      checkUploadedFile({
        allowedMimeTypes: IMAGE_MIME_TYPES,
        maxFileSizeMB: media.maxFileSizeMB,
        kind: 'image',
      }),
      nameUploadByContent(IMAGE_MIME_TYPES),
    ],
    beforeChange: [checkStoredFile(IMAGE_MIME_TYPES)],
  },
  fields: mediaFields,
})
