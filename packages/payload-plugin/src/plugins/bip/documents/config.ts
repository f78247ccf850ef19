import type { CollectionConfig, RichTextField } from 'payload'
import { isAdmin, isBipEditor, publishedOrBipEditor } from '../../../shared/access'
import { collectionLabels, label } from '../../../shared/i18n'
import { BIP_SLUGS } from '../slugs'
import { bipDocumentFields } from './fields'
import { assignPermanentId } from './hooks/assign-permanent-id'
import { recordBipChange } from './hooks/record-bip-change'
import { refuseDeleteWithHistory } from './hooks/refuse-delete-with-history'
import { refuseUnpublish } from './hooks/refuse-unpublish'
import { setSystemMetadata } from './hooks/set-system-metadata'

/** Versions kept per document for editors; the public history lives in the `bip-changes` register. */
const BIP_MAX_VERSIONS = 100

/**
 * `bip-documents`: public information with drafts. The public reads published documents only; BIP editors
 * write; nobody but an administrator may delete, and only a document never published.
 */
export const bipDocumentsCollection = (options: { editor?: RichTextField['editor'] }): CollectionConfig => ({
  slug: BIP_SLUGS.documents,
  labels: collectionLabels((t) => t.bip.documents),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'kind', 'publishedAt', '_status', 'version'],
    listSearchableFields: ['title', 'permanentId', 'producedBy'],
    group: label((t) => t.bip.group),
    description: label((t) => t.bip.documents.description),
  },
  defaultSort: '-publishedAt',
  access: {
    read: publishedOrBipEditor,
    readVersions: isBipEditor,
    create: isBipEditor,
    update: isBipEditor,
    delete: isAdmin,
  },
  versions: { drafts: { autosave: false }, maxPerDoc: BIP_MAX_VERSIONS },
  hooks: {
    beforeOperation: [refuseUnpublish],
    beforeChange: [assignPermanentId, setSystemMetadata],
    afterChange: [recordBipChange],
    beforeDelete: [refuseDeleteWithHistory],
  },
  fields: bipDocumentFields(options),
})
