import type { PayloadRequest } from 'payload'
import { message } from '../../../shared/i18n'
import type { PdfWarning } from '../pdf/process-pdf'

type Req = Partial<Pick<PayloadRequest, 'i18n'>> | undefined

const decimal = (value: number): string => String(value).replace('.', ',')

/** "1–3, 7": page numbers as ranges. */
export const pageRanges = (pages: readonly number[]): string => {
  const ranges: string[] = []
  let start = pages[0]
  for (let index = 0; index < pages.length; index += 1) {
    const current = pages[index]!
    const next = pages[index + 1]
    if (next === current + 1) continue
    ranges.push(start === current ? String(current) : `${start}–${current}`)
    start = next
  }
  return ranges.join(', ')
}

/** The sentence an editor reads for a warning about a processed PDF. */
export const warningMessage = (warning: PdfWarning, req?: Req): string => {
  switch (warning.code) {
    case 'no-text':
      return message(req, (t) => t.periodicals.messages.warnNoText)
    case 'no-text-pages':
      return message(req, (t) => t.periodicals.messages.warnNoTextPages, { pages: pageRanges(warning.pages) })
    case 'no-title':
      return message(req, (t) => t.periodicals.messages.warnNoTitle)
    case 'large':
      return message(req, (t) => t.periodicals.messages.warnLarge, {
        size: decimal(warning.sizeMB),
        limit: decimal(warning.limitMB),
      })
    case 'truncated':
      return message(req, (t) => t.periodicals.messages.warnTruncated, {
        limit: warning.limit,
        pages: warning.pages,
      })
  }
}
