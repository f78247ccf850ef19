import { getDocumentProxy } from 'unpdf'
import { hidePrototypeAdditions } from './hide-prototype-additions'

/** A parsed PDF as pdf.js (through unpdf's serverless build) holds it. */
export type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>

/** Largest image, in pixels, pdf.js decodes: bounds memory on a hostile PDF (about 16 megapixels). */
const MAX_IMAGE_PIXELS = 16_000_000

/**
 * Opens a PDF from its bytes with the safe settings every reader here uses: no font loading into a
 * DOM, a cap on decoded image size, and (when `strict`) no silent repair of a damaged file.
 * The bytes are copied: pdf.js takes ownership of the buffer it is given.
 */
export const openPdf = (
  bytes: Uint8Array,
  { strict = false }: { strict?: boolean } = {},
): Promise<PdfDocument> => {
  hidePrototypeAdditions()
  return getDocumentProxy(new Uint8Array(bytes), {
    disableFontFace: true,
    maxImageSize: MAX_IMAGE_PIXELS,
    stopAtErrors: strict,
    verbosity: 0,
  })
}
