import path from 'node:path'
import type { CollectionConfig } from 'payload'
import type { ResolvedRatuszOptions } from '../../../options'
import { draftsReadEditorWrite } from '../../../shared/access'
import { collectionLabels, label } from '../../../shared/i18n'
import { checkStoredFile } from '../../../shared/check-stored-file'
import { lockRowForUpdate } from '../../../shared/lock-row-for-update'
import { nameUploadByContent } from '../../../shared/safe-filename'
import { safeFileServing } from '../../../shared/serve-upload'
import type { PeriodicalsOptions } from '../options'
import { PERIODICAL_SLUGS } from '../slugs'
import { issueFields } from './fields'
import { checkPdfUpload } from './hooks/check-pdf-upload'
import { checkUniqueNumber } from './hooks/check-unique-number'
import { deriveIssueFields } from './hooks/derive-issue-fields'
import { keepProcessingResults } from './hooks/keep-processing-results'
import { queueProcessing } from './hooks/queue-processing'
import { resetProcessing } from './hooks/reset-processing'

const PDF_ONLY = ['application/pdf'] as const

/** Versions kept per issue; older ones are pruned (each holds the text of every page). */
const ISSUE_MAX_VERSIONS = 10

/**
 * `newsletter-issues`: one issue of a periodical = one PDF. The collection is itself the upload (PDF only,
 * stored in `<uploads.dir>/periodicals`), so a rejected file leaves nothing behind and the results of reading it
 * sit next to it. Drafts let an editor check the processing result before publishing.
 */
export const newsletterIssuesCollection = (
  options: PeriodicalsOptions,
  uploads: ResolvedRatuszOptions['uploads'],
): CollectionConfig => ({
  slug: PERIODICAL_SLUGS.newsletterIssues,
  labels: collectionLabels((t) => t.periodicals.newsletterIssues),
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'periodical', 'publishedOn', 'kind', '_status', 'processing.status'],
    listSearchableFields: ['number', 'subject', 'pdfTitle'],
    group: label((t) => t.groups.content),
    description: label((t) => t.periodicals.newsletterIssues.description),
  },
  defaultSort: '-publishedOn',
  access: draftsReadEditorWrite,
  versions: { drafts: { autosave: false }, maxPerDoc: ISSUE_MAX_VERSIONS },
  upload: {
    staticDir: path.join(uploads.dir, 'periodicals'),
    mimeTypes: [...PDF_ONLY],
    ...safeFileServing(PDF_ONLY),
  },
  hooks: {
    beforeOperation: [lockRowForUpdate, checkPdfUpload(options), nameUploadByContent(PDF_ONLY)],
    beforeValidate: [deriveIssueFields],
    beforeChange: [checkStoredFile(PDF_ONLY), keepProcessingResults, resetProcessing, checkUniqueNumber],
    afterChange: [queueProcessing(options.queue)],
  },
  fields: issueFields(),
})
