import type { CollectionAfterChangeHook } from 'payload'
import { PROCESS_PDF_TASK } from '../../slugs'
import { FROM_PDF_JOB } from './reset-processing'

/**
 * Queues the PDF job after a new file was stored. The job is queued in the same transaction as the save, so a
 * save that fails leaves no job behind; the jobs runner picks it up from the `queue` (default "pdf").
 */
export const queueProcessing =
  (queue: string): CollectionAfterChangeHook =>
  async ({ doc, req, context }) => {
    if (!req.file || context[FROM_PDF_JOB]) return doc
    await req.payload.jobs.queue({
      task: PROCESS_PDF_TASK,
      queue,
      input: { issueId: String(doc.id) },
      req,
    } as never)
    return doc
  }
