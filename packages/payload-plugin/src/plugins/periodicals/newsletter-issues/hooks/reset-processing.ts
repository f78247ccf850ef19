import type { CollectionBeforeChangeHook } from 'payload'

/** Context flag of the PDF job's own updates: they carry results and must not start another job. */
export const FROM_PDF_JOB = 'ratuszPdfJob'

/**
 * When a new PDF arrives (create, or an update with a file), what was read from the old one is cleared and the
 * state becomes "queued"; the afterChange hook then queues the job. Edits without a file keep the results.
 */
export const resetProcessing: CollectionBeforeChangeHook = ({ data, req, context }) => {
  if (!req.file || context[FROM_PDF_JOB]) return data
  return {
    ...data,
    processing: { status: 'queued', warnings: [], error: null, processedAt: null },
    pageCount: null,
    pdfTitle: null,
    pdfLanguage: null,
    pages: [],
  }
}
