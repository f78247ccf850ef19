import { extractPdf, type PageText } from './extract-pdf'
import { openPdf } from './open-pdf'
import { renderCover, type SharpLike } from './render-cover'
import { deadline } from './with-deadline'

const BYTES_PER_MB = 1024 * 1024

/** A page with fewer characters than this counts as having no text layer (a scan, a photo). */
const MIN_PAGE_TEXT = 20

export type PdfWarning =
  | { code: 'no-text' }
  | { code: 'no-text-pages'; pages: number[] }
  | { code: 'no-title' }
  | { code: 'large'; sizeMB: number; limitMB: number }
  | { code: 'truncated'; limit: number; pages: number }

export type ProcessedPdf = {
  pageCount: number
  pages: PageText[]
  title?: string
  language?: string
  /** Page 1 as a JPEG, when asked for. */
  cover?: Buffer
  warnings: PdfWarning[]
}

type ProcessPdfOptions = {
  maxPages: number
  timeLimitSeconds: number
  warnFileSizeMB: number
  /** Render page 1 as a cover image with this sharp; no cover when absent. */
  coverWith?: SharpLike
}

/** What the editor should hear about a processed PDF. */
export const pdfWarnings = (
  result: Pick<ProcessedPdf, 'pageCount' | 'pages' | 'title'>,
  size: number,
  { maxPages, warnFileSizeMB }: Pick<ProcessPdfOptions, 'maxPages' | 'warnFileSizeMB'>,
): PdfWarning[] => {
  const warnings: PdfWarning[] = []
  const empty = result.pages.filter((page) => page.text.replace(/\s/g, '').length < MIN_PAGE_TEXT)
  if (result.pages.length > 0 && empty.length === result.pages.length) warnings.push({ code: 'no-text' })
  else if (empty.length > 0) warnings.push({ code: 'no-text-pages', pages: empty.map((page) => page.page) })
  if (!result.title) warnings.push({ code: 'no-title' })
  if (size > warnFileSizeMB * BYTES_PER_MB) {
    warnings.push({
      code: 'large',
      sizeMB: Math.round((size / BYTES_PER_MB) * 10) / 10,
      limitMB: warnFileSizeMB,
    })
  }
  if (result.pageCount > maxPages)
    warnings.push({ code: 'truncated', limit: maxPages, pages: result.pageCount })
  return warnings
}

/**
 * The heavy reading of an issue's PDF, bounded by a page limit and a time limit: the text of every page (up to
 * `maxPages`), title and language from the metadata, the cover from page 1 when asked, and the warnings.
 */
export const processPdf = async (bytes: Uint8Array, options: ProcessPdfOptions): Promise<ProcessedPdf> => {
  const clock = deadline(options.timeLimitSeconds)
  const document = await clock.race(openPdf(bytes))
  try {
    const contents = await extractPdf(document, options)
    clock.check()
    const cover = options.coverWith ? await clock.race(renderCover(document, options.coverWith)) : undefined
    return {
      pageCount: contents.pageCount,
      pages: contents.pages,
      title: contents.title,
      language: contents.language,
      cover,
      warnings: pdfWarnings(contents, bytes.length, options),
    }
  } finally {
    await document.loadingTask.destroy()
  }
}
