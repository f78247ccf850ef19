import type { PdfDocument } from './open-pdf'
import { pageText, type TextItem } from './page-text'
import { deadline } from './with-deadline'

export type PageText = { page: number; text: string }

type PdfContents = {
  pageCount: number
  /** Text of each page read, in order; at most `maxPages` pages. */
  pages: PageText[]
  /** Whether pages past `maxPages` were left unread. */
  truncated: boolean
  title?: string
  language?: string
}

const clean = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined

/**
 * Reads the title and language from the PDF's metadata and the text of each page, one page at a time and
 * within the limits: at most `maxPages` pages and `timeLimitSeconds` in all (a PdfTimeoutError past it).
 */
export const extractPdf = async (
  document: PdfDocument,
  { maxPages, timeLimitSeconds }: { maxPages: number; timeLimitSeconds: number },
): Promise<PdfContents> => {
  const clock = deadline(timeLimitSeconds)
  const metadata = await clock.race(document.getMetadata())
  const info = metadata.info as { Title?: unknown; Language?: unknown }
  const title = clean(info.Title) ?? clean(metadata.metadata?.get('dc:title'))
  const language = clean(info.Language) ?? clean(metadata.metadata?.get('dc:language'))
  const pageCount = document.numPages
  const pages: PageText[] = []
  for (let number = 1; number <= Math.min(pageCount, maxPages); number += 1) {
    clock.check()
    const page = await clock.race(document.getPage(number))
    const content = await clock.race(page.getTextContent())
    pages.push({ page: number, text: pageText(content.items as TextItem[]) })
    page.cleanup()
  }
  return { pageCount, pages, truncated: pageCount > maxPages, title, language }
}
