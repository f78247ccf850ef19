import { formatFileSize } from '../common/format'

const plural = new Intl.PluralRules('pl-PL')

/** "1 strona", "2 strony", "5 stron", "22 strony", "25 stron". */
export function pagesLabel(count: number): string {
  const form = plural.select(count)
  const word = form === 'one' ? 'strona' : form === 'few' ? 'strony' : 'stron'
  return `${count} ${word}`
}

/** "10 600 egzemplarzy", "1 egzemplarz", "3 egzemplarze". */
export function copiesLabel(count: number): string {
  const form = plural.select(count)
  const word = form === 'one' ? 'egzemplarz' : form === 'few' ? 'egzemplarze' : 'egzemplarzy'
  return `${new Intl.NumberFormat('pl-PL').format(count)} ${word}`
}

/** The download link's text: "PDF, 4,2 MB, 24 strony". */
export function pdfDownloadLabel(filesize: number, pageCount?: number | null): string {
  const parts = ['PDF', formatFileSize(filesize)]
  if (pageCount) parts.push(pagesLabel(pageCount))
  return parts.join(', ')
}

export const FREQUENCY_LABELS: Record<string, string> = {
  weekly: 'tygodnik',
  biweekly: 'dwutygodnik',
  monthly: 'miesięcznik',
  bimonthly: 'dwumiesięcznik',
  quarterly: 'kwartalnik',
  semiannual: 'półrocznik',
  annual: 'rocznik',
  irregular: 'wydawany nieregularnie',
}
