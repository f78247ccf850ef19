import path from 'node:path'
import type { CollectionConfig } from 'payload'
import type { ResolvedRatuszOptions } from '../../../options'
import { publicReadEditorWrite } from '../../../shared/access'
import { COMPOUND_FILE_TYPE } from '../../../shared/document-types'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { checkStoredFile } from '../../../shared/check-stored-file'
import { checkUploadedFile } from '../../../shared/check-uploaded-file'
import { nameUploadByContent } from '../../../shared/safe-filename'
import { safeFileServing } from '../../../shared/serve-upload'
import { COLLECTION_SLUGS } from '../../../shared/slugs'

/** What Payload's own upload check must let through: legacy DOC/XLS are sniffed as compound files. */
const payloadMimeTypes = (allowed: readonly string[]): string[] =>
  allowed.includes('application/msword') || allowed.includes('application/vnd.ms-excel')
    ? [...allowed, COMPOUND_FILE_TYPE]
    : [...allowed]

/**
 * `documents`: attachments (PDF, office documents, archives), checked and named by content on upload, stored
 * in `<uploads.dir>/documents`.
 */
export const documentsCollection = (
  options: ResolvedRatuszOptions['documents'],
  uploads: ResolvedRatuszOptions['uploads'],
): CollectionConfig => ({
  slug: COLLECTION_SLUGS.documents,
  labels: collectionLabels((t) => t.documents),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'mimeType', 'filesize', 'updatedAt'],
    group: label((t) => t.groups.files),
    description: label((t) => t.documents.description),
  },
  access: publicReadEditorWrite,
  upload: {
    staticDir: path.join(uploads.dir, 'documents'),
    mimeTypes: payloadMimeTypes(options.allowedMimeTypes),
    ...safeFileServing(payloadMimeTypes(options.allowedMimeTypes)),
  },
  hooks: {
    beforeOperation: [checkUploadedFile(options), nameUploadByContent(options.allowedMimeTypes)],
    beforeChange: [checkStoredFile(options.allowedMimeTypes)],
  },
  fields: [{ name: 'title', type: 'text', required: true, ...labelled((t) => t.documents.title) }],
})
