import { ValidationError, type CollectionBeforeOperationHook } from 'payload'
import { message } from './i18n'
import { transliterate } from './transliterate'
import { extensionOfMimeType, uploadTypeNames } from './upload-types'

/**
 * The name without what looks like an extension: a last ".xyz" that starts with a letter ("raport.2025" keeps
 * its year). Whatever the editor's extension was, it is dropped: the stored one comes from the content.
 */
const withoutExtension = (name: string): string => /^(.+)\.[A-Za-z][A-Za-z0-9]{0,7}$/.exec(name)?.[1] ?? name

/**
 * The name a file of this (sniffed) type is stored under: the editor's name transliterated to ASCII for stable,
 * readable public URLs, with the extension of its real type. "Uchwała nr 1 (skan).PDF" → "uchwala-nr-1-skan.pdf",
 * a PNG named "x.html" → "x.png", a PDF named "skan" → "skan.pdf". Undefined for a type no collection stores.
 */
export const storedFilename = (name: string, mimeType: string): string | undefined => {
  const extension = extensionOfMimeType(mimeType)
  if (!extension) return undefined
  return `${transliterate(withoutExtension(name)) || 'plik'}.${extension}`
}

/**
 * Names an uploaded file after its content before Payload stores it. It runs after the collection's content
 * check (which sets `req.file.mimetype` to the sniffed type), so the stored extension and MIME type always
 * agree with the bytes; a type outside `allowedMimeTypes` is refused with a 400.
 */
export const nameUploadByContent =
  (allowedMimeTypes: readonly string[]): CollectionBeforeOperationHook =>
  ({ args, operation, req, collection }) => {
    const file = req.file
    if ((operation !== 'create' && operation !== 'update') || !file) return args
    const name = allowedMimeTypes.includes(file.mimetype)
      ? storedFilename(file.name, file.mimetype)
      : undefined
    if (!name) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'file',
            message: message(req, (t) => t.messages.fileTypeNotAllowed, {
              detected: file.mimetype || message(req, (t) => t.messages.unknownType),
              allowed: uploadTypeNames(allowedMimeTypes),
            }),
          },
        ],
        req,
      })
    }
    file.name = name
    return args
  }
