import type { CollectionBeforeChangeHook } from 'payload'
import { PROCESSING_FIELD_NAMES } from '../processing-fields'
import { FROM_PDF_JOB } from './reset-processing'

/**
 * The PDF job's results (state, page count, metadata, cover, page texts) belong to the job: an editor's save
 * without a new PDF keeps what is stored, whatever the form sent. A form opened while the job ran still holds
 * "queued" and empty results; saving it must not overwrite what the job wrote meanwhile.
 */
export const keepProcessingResults: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update' || req.file || context[FROM_PDF_JOB] || !originalDoc) return data
  const kept: Record<string, unknown> = { ...data }
  for (const name of PROCESSING_FIELD_NAMES) {
    const stored = (originalDoc as Record<string, unknown>)[name]
    kept[name] =
      name === 'generatedCover' && stored && typeof stored === 'object' && 'id' in stored
        ? (stored as { id: unknown }).id
        : stored
  }
  return kept
}
