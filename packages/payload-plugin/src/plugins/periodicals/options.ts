import { z } from 'zod'

/** The queue the PDF processing jobs go to; the host runs it (`jobs.autoRun`) or calls `payload.jobs.run`. */
export const PDF_QUEUE = 'pdf'

/** Options of the periodicals plugin (`periodicals` in the bundle's options). */
export const periodicalsOptionsSchema = z
  .object({
    /** Largest PDF an editor may upload as an issue, in megabytes; larger files are rejected. Default 40. */
    maxFileSizeMB: z.number().positive('must be more than 0').max(1024, 'must be at most 1024').default(40),
    /** Above this size, in megabytes, the editor is warned that residents download a heavy file. Default 15. */
    warnFileSizeMB: z.number().positive('must be more than 0').default(15),
    /** Pages whose text is read; later pages are left out (with a warning). Default 400. */
    maxPages: z.number().int().positive('must be more than 0').default(400),
    /** Time limit of processing one PDF, in seconds; past it processing fails. Default 120. */
    timeLimitSeconds: z.number().positive('must be more than 0').default(120),
    /** The jobs queue of PDF processing. Default "pdf". */
    queue: z.string().min(1).default(PDF_QUEUE),
  })
  .strict()

export type PeriodicalsOptions = z.output<typeof periodicalsOptionsSchema>
