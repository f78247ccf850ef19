import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload, TaskConfig } from 'payload'
import { message } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import type { PeriodicalsOptions } from '../options'
import { processPdf, type ProcessedPdf } from '../pdf/process-pdf'
import type { SharpLike } from '../pdf/render-cover'
import { PdfTimeoutError } from '../pdf/with-deadline'
import { PERIODICAL_SLUGS, PROCESS_PDF_TASK } from '../slugs'
import { FROM_PDF_JOB } from './hooks/reset-processing'
import { warningMessage } from './warning-messages'

type Id = number | string
type IssueDoc = {
  id: Id
  number: string
  kind?: string | null
  subject?: string | null
  filename?: string | null
  filesize?: number | null
  cover?: unknown
  generatedCover?: unknown
  periodical?: unknown
  _status?: string
}

const collection = PERIODICAL_SLUGS.newsletterIssues
const idOf = (value: unknown): Id | undefined =>
  value && typeof value === 'object' && 'id' in value ? (value as { id: Id }).id : (value as Id | undefined)

/** The issue as stored now (its latest draft included): an editor may have saved it while the job ran. */
const currentIssue = async (payload: Payload, id: Id): Promise<IssueDoc> =>
  (await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })) as unknown as IssueDoc

/**
 * Saves processing results, and only them, on the issue without touching its publication state as it is now
 * (drafts stay drafts, an issue published while the job ran stays published).
 */
const saveOnIssue = async (payload: Payload, issue: IssueDoc, data: Record<string, unknown>) =>
  payload.update({
    collection,
    id: issue.id,
    data: data as never,
    draft: (await currentIssue(payload, issue.id))._status === 'draft',
    overrideAccess: true,
    context: { [FROM_PDF_JOB]: true },
  })

const coverAlt = async (payload: Payload, issue: IssueDoc): Promise<string> => {
  const periodicalId = idOf(issue.periodical)
  const periodical = periodicalId
    ? await payload.findByID({ collection: PERIODICAL_SLUGS.periodicals, id: periodicalId, depth: 0 })
    : undefined
  const title = (periodical as { title?: string } | undefined)?.title ?? ''
  const which = issue.kind === 'supplement' && issue.subject ? `: ${issue.subject}` : ` nr ${issue.number}`
  return `Okładka: ${title}${which}`.replace(/\s+/g, ' ')
}

/** Stores the rendered cover as an image (Payload makes its WebP sizes) and forgets the previous one. */
const storeCover = async (payload: Payload, issue: IssueDoc, cover: Buffer): Promise<Id> => {
  const base = path.parse(issue.filename ?? `numer-${issue.id}`).name
  const created = await payload.create({
    collection: COLLECTION_SLUGS.media,
    data: { alt: await coverAlt(payload, issue) } as never,
    file: { data: cover, mimetype: 'image/jpeg', name: `okladka-${base}.jpg`, size: cover.length },
    overrideAccess: true,
  })
  const previous = idOf((await currentIssue(payload, issue.id)).generatedCover)
  if (previous !== undefined) {
    await payload
      .delete({ collection: COLLECTION_SLUGS.media, id: previous, overrideAccess: true })
      .catch(() => {})
  }
  return created.id
}

const resultData = (result: ProcessedPdf, coverId: Id | undefined): Record<string, unknown> => ({
  pageCount: result.pageCount,
  pdfTitle: result.title ?? null,
  pdfLanguage: result.language ?? null,
  pages: result.pages,
  ...(coverId !== undefined ? { generatedCover: coverId } : {}),
  processing: {
    status: 'done',
    warnings: result.warnings.map((warning) => ({ code: warning.code, message: warningMessage(warning) })),
    error: null,
    processedAt: new Date().toISOString(),
  },
})

/**
 * The jobs task that reads an uploaded issue's PDF: text of every page, metadata, page count, the cover from
 * page 1 (unless the editor gave one) and the warnings, written back on the issue. A failure is recorded on the
 * issue for the editor, not retried: the same file would fail the same way.
 */
export const processIssueTask = (
  options: PeriodicalsOptions,
): TaskConfig<{ input: { issueId: string }; output: { status: string } }> => ({
  slug: PROCESS_PDF_TASK,
  label: 'Odczyt PDF numeru czasopisma',
  inputSchema: [{ name: 'issueId', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: 0,
  handler: async ({ input, req }) => {
    const { payload } = req
    const issue = await currentIssue(payload, input.issueId)
    if (!issue.filename) return { output: { status: 'no-file' } }
    await saveOnIssue(payload, issue, { processing: { status: 'running', warnings: [], error: null } })
    try {
      const staticDir = payload.collections[collection]?.config.upload.staticDir ?? ''
      const bytes = await readFile(path.join(staticDir, issue.filename))
      const sharp = payload.config.sharp as unknown as SharpLike | undefined
      const result = await processPdf(bytes, {
        ...options,
        coverWith: issue.cover || !sharp ? undefined : sharp,
      })
      const coverId = result.cover ? await storeCover(payload, issue, result.cover) : undefined
      await saveOnIssue(payload, issue, resultData(result, coverId))
      return { output: { status: 'done' } }
    } catch (error) {
      payload.logger.error({ err: error, issue: issue.id }, 'PDF processing of a newsletter issue failed')
      const detail =
        error instanceof PdfTimeoutError
          ? message(undefined, (t) => t.periodicals.messages.processingTimeout, {
              seconds: options.timeLimitSeconds,
            })
          : error instanceof Error
            ? error.message
            : String(error)
      await saveOnIssue(payload, issue, {
        processing: {
          status: 'failed',
          warnings: [],
          error: message(undefined, (t) => t.periodicals.messages.processingFailed, { detail }),
          processedAt: new Date().toISOString(),
        },
      })
      return { output: { status: 'failed' } }
    }
  },
})
