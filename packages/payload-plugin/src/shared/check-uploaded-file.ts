import { readFile } from 'node:fs/promises'
import { ValidationError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { checkDocument, type DocumentCheck } from './check-document'
import { languageOf, message } from './i18n'
import { uploadTypeNames } from './upload-types'

type Failure = Exclude<DocumentCheck, { ok: true }>

/** What a collection stores: attachments (documents, BIP files) or images (media); picks the messages. */
type UploadKind = 'document' | 'image'

/** The Polish (or English) sentence an editor reads for a rejected file. */
export const describeFailure = (
  failure: Failure,
  allowedMimeTypes: readonly string[],
  req?: Partial<Pick<PayloadRequest, 'i18n'>>,
  kind: UploadKind = 'document',
): string => {
  switch (failure.problem) {
    case 'empty':
      return message(req, (t) => t.messages.fileEmpty)
    case 'too-large':
      return message(req, (t) => (kind === 'image' ? t.messages.imageTooLarge : t.messages.fileTooLarge), {
        size: languageOf(req) === 'pl' ? String(failure.sizeMB).replace('.', ',') : failure.sizeMB,
        limit: failure.limitMB,
      })
    case 'type':
      return message(
        req,
        (t) => (kind === 'image' ? t.messages.imageTypeNotAllowed : t.messages.fileTypeNotAllowed),
        {
          detected: failure.detected ?? message(req, (t) => t.messages.unknownType),
          allowed: uploadTypeNames(allowedMimeTypes),
        },
      )
  }
}

/**
 * Checks an uploaded file by its content before Payload stores it: rejects empty files, files over the size
 * limit and files whose real type is not allowed (a JPEG renamed to .pdf, an HTML page named .pdf, an SVG) with
 * a 400 and a message naming the problem; records the sniffed MIME type instead of the one the browser claimed,
 * for `nameUploadByContent` to name the file after. It runs as a beforeOperation hook so that it answers before
 * Payload's own (English) upload checks.
 */
export const checkUploadedFile =
  ({
    allowedMimeTypes,
    maxFileSizeMB,
    kind = 'document',
  }: {
    allowedMimeTypes: readonly string[]
    maxFileSizeMB: number
    kind?: UploadKind
  }): CollectionBeforeOperationHook =>
  async ({ args, operation, req, collection }) => {
    const file = req.file
    if ((operation !== 'create' && operation !== 'update') || !file) return args
    const result = await checkDocument({
      bytes: () =>
        file.data?.length || !file.tempFilePath ? Promise.resolve(file.data) : readFile(file.tempFilePath),
      filename: file.name,
      size: file.size ?? file.data?.length ?? 0,
      allowedMimeTypes,
      maxFileSizeMB,
    })
    if (!result.ok) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [{ path: 'file', message: describeFailure(result, allowedMimeTypes, req, kind) }],
        req,
      })
    }
    file.mimetype = result.mimeType
    return args
  }
