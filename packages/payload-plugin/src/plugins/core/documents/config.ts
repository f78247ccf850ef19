import path from 'node:path'
import type { CollectionConfig } from 'payload'
import type { ResolvedRatuszOptions } from '../../../options'
import { publicReadEditorWrite } from '../../../shared/access'
import { COMPOUND_FILE_TYPE } from '../../../shared/document-types'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { transliterateFilename } from '../../../shared/safe-filename'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { checkUploadedFile } from './hooks/check-uploaded-file'

/** What Payload's own upload check must let through: legacy DOC/XLS are sniffed as compound files. */
const payloadMimeTypes = (allowed: readonly string[]): string[] =>
  allowed.includes('application/msword') || allowed.includes('application/vnd.ms-excel')
    ? [...allowed, COMPOUND_FILE_TYPE]
    : [...allowed]

/**
 * `documents`: attachments (PDF, office documents, archives), checked by content on upload, stored in
 * `<uploads.dir>/documents`.
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
  },
  hooks: { beforeOperation: [checkUploadedFile(options), transliterateFilename] },
  fields: [{ name: 'title', type: 'text', required: true, ...labelled((t) => t.documents.title) }],
})
