import { renderPageAsImage } from 'unpdf'
import type { PdfDocument } from './open-pdf'

/** Width of a rendered cover, in pixels: enough for the site's largest cover rendition. */
const COVER_WIDTH = 1000

/** Sharp, as Payload's config holds it (`config.sharp`) or imported directly. */
export type SharpLike = (input: Buffer) => {
  jpeg: (options: { quality: number; mozjpeg?: boolean }) => { toBuffer: () => Promise<Buffer> }
}

/**
 * Renders page 1 as a JPEG `COVER_WIDTH` pixels wide (the height follows the page), with the canvas from
 * `@napi-rs/canvas` (a prebuilt binary from the registry: no system libraries) and sharp for the encoding.
 * Payload then makes the WebP sizes from it like for any uploaded image.
 */
export const renderCover = async (document: PdfDocument, sharp: SharpLike): Promise<Buffer> => {
  const page = await document.getPage(1)
  const [, , pageWidth] = page.view as [number, number, number, number]
  const scale = Math.min(4, COVER_WIDTH / Math.max(1, pageWidth))
  const png = await renderPageAsImage(document, 1, { canvasImport: () => import('@napi-rs/canvas'), scale })
  return sharp(Buffer.from(png)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
