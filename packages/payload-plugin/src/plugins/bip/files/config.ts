import path from 'node:path'
import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'
import type { ResolvedRatuszOptions } from '../../../options'
import { isBipEditor } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { hasRole } from '../../../shared/roles'
import { checkStoredFile } from '../../../shared/check-stored-file'
import { checkUploadedFile } from '../../../shared/check-uploaded-file'
import { COMPOUND_FILE_TYPE } from '../../../shared/document-types'
import { nameUploadByContent } from '../../../shared/safe-filename'
import { safeFileServing } from '../../../shared/serve-upload'
import { BIP_SLUGS } from '../slugs'
import { refuseReleasedChange } from './hooks/refuse-released-change'

/**
 * The public reads a BIP file only when it is marked public and a published document has carried it (the
 * register snapshot refers to it); drafts' attachments and unredacted originals stay with the BIP editors.
 */
const publicAndReleased: Where = { and: [{ isPublic: { equals: true } }, { released: { equals: true } }] }

const readBipFile: Access = ({ req }) =>
  hasRole(req.user, ['admin', 'bip-editor']) ? true : publicAndReleased

const unreleased: Where = { released: { not_equals: true } }

/** Administrators may delete a file no published document ever carried; released files stay forever. */
const deleteUnreleased: Access = ({ req }) => (hasRole(req.user, ['admin']) ? unreleased : false)

/** BIP editors may replace or edit a file until a published document carries it; then it never changes. */
const updateUnreleased: Access = ({ req }) =>
  hasRole(req.user, ['admin', 'bip-editor']) ? unreleased : false

const systemOnly: FieldAccess = () => false

/**
 * `bip-files`: attachments of BIP documents, checked and named by content on upload (the same rules as
 * `documents`), stored in `<uploads.dir>/bip`.
 */
export const bipFilesCollection = (
  options: ResolvedRatuszOptions['documents'],
  uploads: ResolvedRatuszOptions['uploads'],
): CollectionConfig => ({
  slug: BIP_SLUGS.files,
  labels: collectionLabels((t) => t.bip.files),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'isPublic', 'filesize', 'updatedAt'],
    group: label((t) => t.bip.group),
    description: label((t) => t.bip.files.description),
  },
  access: { read: readBipFile, create: isBipEditor, update: updateUnreleased, delete: deleteUnreleased },
  upload: {
    staticDir: path.join(uploads.dir, 'bip'),
    mimeTypes: [...options.allowedMimeTypes, COMPOUND_FILE_TYPE],
    ...safeFileServing([...options.allowedMimeTypes, COMPOUND_FILE_TYPE]),
  },
  hooks: {
    beforeOperation: [
      refuseReleasedChange,
      checkUploadedFile(options),
      nameUploadByContent(options.allowedMimeTypes),
    ],
    beforeChange: [checkStoredFile(options.allowedMimeTypes)],
  },
  fields: [
    { name: 'title', type: 'text', required: true, ...labelled((t) => t.bip.files.title) },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      ...labelled((t) => t.bip.files.isPublic, { position: 'sidebar' as const }),
    },
    {
      name: 'released',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: systemOnly, update: systemOnly },
      admin: { hidden: true },
    },
  ],
})
