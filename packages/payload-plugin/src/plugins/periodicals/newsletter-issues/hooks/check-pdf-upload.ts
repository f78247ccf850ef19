import { readFile } from 'node:fs/promises'
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { isEditor } from '../../../../shared/access'
import { message } from '../../../../shared/i18n'
import { inspectPdf, type PdfCheck } from '../../pdf/inspect-pdf'
import type { PeriodicalsOptions } from '../../options'

type Failure = Exclude<PdfCheck, { ok: true }>

/** The sentence an editor reads for a rejected issue PDF, in the language of their admin. */
const describePdfFailure = (failure: Failure, req?: Partial<Pick<PayloadRequest, 'i18n'>>): string => {
  switch (failure.problem) {
    case 'empty':
      return message(req, (t) => t.periodicals.messages.pdfEmpty)
    case 'too-large':
      return message(req, (t) => t.periodicals.messages.pdfTooLarge, {
        size: String(failure.sizeMB).replace('.', ','),
        limit: failure.limitMB,
      })
    case 'not-pdf':
      return message(req, (t) => t.periodicals.messages.pdfNotPdf, {
        detected: failure.detected ?? message(req, (t) => t.periodicals.messages.unknownType),
      })
    case 'password':
      return message(req, (t) => t.periodicals.messages.pdfPassword)
    case 'encrypted':
      return message(req, (t) => t.periodicals.messages.pdfEncrypted)
    case 'corrupt':
      return message(req, (t) => t.periodicals.messages.pdfCorrupt)
  }
}

/**
 * Checks an issue's PDF before Payload stores anything (a beforeOperation hook, so it answers before Payload's
 * own upload handling): rejects empty files, files over the hard limit, files that are not PDFs by content,
 * password-protected or encrypted PDFs and damaged or truncated ones, with a 400 naming the problem.
 * A new issue without a file is refused too. The heavy reading is left to the PDF job.
 */
export const checkPdfUpload =
  (options: Pick<PeriodicalsOptions, 'maxFileSizeMB'>): CollectionBeforeOperationHook =>
  async ({ args, operation, req, collection }) => {
    if (operation !== 'create' && operation !== 'update') return args
    // Someone who may not write issues over REST or GraphQL gets the access rule's 403, not a verdict on their
    // file; trusted scripts (the Local API) are checked like editors.
    if (req.payloadAPI !== 'local' && !isEditor({ req })) return args
    const file = req.file
    const fail = (text: string) => {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'file', message: text }],
        req,
      })
    }
    if (!file) {
      // An editor's new issue needs its PDF; a trusted script may start a draft without one.
      if (operation === 'create' && req.payloadAPI !== 'local')
        fail(message(req, (t) => t.periodicals.messages.pdfRequired))
      return args
    }
    const result = await inspectPdf({
      bytes: () =>
        file.data?.length || !file.tempFilePath ? Promise.resolve(file.data) : readFile(file.tempFilePath),
      size: file.size ?? file.data?.length ?? 0,
      maxFileSizeMB: options.maxFileSizeMB,
    })
    if (!result.ok) fail(describePdfFailure(result, req))
    file.mimetype = 'application/pdf'
    return args
  }
