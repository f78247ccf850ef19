import { DOCUMENT_TYPES } from './document-types'

/**
 * Images the `media` collection stores, by MIME type. SVG is not among them on purpose: an SVG is a document
 * that can carry script, and served from the site's origin it would run there. Editors export logos as PNG.
 */
const IMAGE_TYPES: Record<string, { name: string; extensions: readonly string[] }> = {
  'image/jpeg': { name: 'JPEG', extensions: ['jpg', 'jpeg'] },
  'image/png': { name: 'PNG', extensions: ['png'] },
  'image/webp': { name: 'WebP', extensions: ['webp'] },
  'image/gif': { name: 'GIF', extensions: ['gif'] },
  'image/avif': { name: 'AVIF', extensions: ['avif'] },
}

/** What `media` accepts, judged by the file's content. */
export const IMAGE_MIME_TYPES: readonly string[] = Object.keys(IMAGE_TYPES)

/**
 * Every type any upload collection may store, with its extensions, the first being the one a stored file gets.
 * Nothing outside this list is ever stored: a file's name and type come from here, never from the editor.
 * The web servers' type maps (`docker/upload-types.conf`) list the same types; a test keeps them in step.
 */
export const UPLOAD_TYPES: Record<string, { name: string; extensions: readonly string[] }> = {
  ...DOCUMENT_TYPES,
  ...IMAGE_TYPES,
}

/** The extension (without the dot) a stored file of this MIME type gets; undefined for a type not allowed. */
export const extensionOfMimeType = (mimeType: string): string | undefined =>
  Object.hasOwn(UPLOAD_TYPES, mimeType) ? UPLOAD_TYPES[mimeType]?.extensions[0] : undefined

/** "PDF, DOCX, PNG" for a list of MIME types, for messages. */
export const uploadTypeNames = (mimeTypes: readonly string[]): string =>
  mimeTypes.map((mime) => UPLOAD_TYPES[mime]?.name ?? mime).join(', ')
