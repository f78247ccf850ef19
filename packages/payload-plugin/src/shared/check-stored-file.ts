import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { message } from './i18n'
import { extensionOfMimeType, uploadTypeNames } from './upload-types'

/**
 * The last line of defence, whatever way a file came in (an upload, or a file the REST API fetched from a URL
 * given as `{ filename, url }`, which skips the upload hooks): a record is saved with a new file only when its
 * MIME type is allowed and its name ends with that type's extension. A record whose file did not change passes.
 */
export const checkStoredFile =
  (allowedMimeTypes: readonly string[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc, req, collection }) => {
    const { filename, mimeType } = data as { filename?: unknown; mimeType?: unknown }
    if (typeof filename !== 'string') return data
    if (originalDoc?.filename === filename && (mimeType === undefined || originalDoc?.mimeType === mimeType))
      return data
    const extension = typeof mimeType === 'string' ? extensionOfMimeType(mimeType) : undefined
    if (
      typeof mimeType === 'string' &&
      allowedMimeTypes.includes(mimeType) &&
      extension &&
      filename.toLowerCase().endsWith(`.${extension}`)
    )
      return data
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'file',
          message: message(req, (t) => t.messages.fileTypeNotAllowed, {
            detected:
              typeof mimeType === 'string' && mimeType
                ? mimeType
                : message(req, (t) => t.messages.unknownType),
            allowed: uploadTypeNames(allowedMimeTypes),
          }),
        },
      ],
      req,
    })
  }
