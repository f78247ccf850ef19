import { fileTypeFromBuffer } from 'file-type'
import { COMPOUND_FILE_TYPE, mimeTypeOfExtension } from './document-types'

/** Bytes of the start of a file that text detection looks at. */
const TEXT_SNIFF_BYTES = 64 * 1024

/** Extensions a plain-text file may have; text with any other name (e.g. "scan.pdf") is not recognized. */
const TEXT_EXTENSIONS = ['txt', 'csv', '']

const extensionOf = (filename: string): string => {
  const dot = filename.lastIndexOf('.')
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : ''
}

/** Whether the bytes look like UTF-8 text (no NUL bytes, decodes cleanly apart from a cut last character). */
export const looksLikeText = (bytes: Uint8Array): boolean => {
  const head = bytes.subarray(0, TEXT_SNIFF_BYTES)
  if (head.length === 0 || head.includes(0)) return false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length < bytes.length ? head.subarray(0, -4) : head)
    return true
  } catch {
    return false
  }
}

/**
 * The real MIME type of a file from its content, never from its name or what the browser claimed, except where
 * content alone cannot tell: legacy DOC/XLS (compound files) and plain text (TXT, CSV), where the extension
 * picks among the types the content allows. Undefined when the content is not recognized.
 */
export const sniffMimeType = async (bytes: Uint8Array, filename: string): Promise<string | undefined> => {
  const detected = await fileTypeFromBuffer(bytes)
  const extension = extensionOf(filename)
  if (detected?.mime === COMPOUND_FILE_TYPE) {
    const byExtension = mimeTypeOfExtension(extension)
    return byExtension === 'application/msword' || byExtension === 'application/vnd.ms-excel'
      ? byExtension
      : COMPOUND_FILE_TYPE
  }
  if (detected) return detected.mime
  if (!TEXT_EXTENSIONS.includes(extension) || !looksLikeText(bytes)) return undefined
  return extension === 'csv' ? 'text/csv' : 'text/plain'
}
