import { describe, expect, it } from 'vitest'
import { pageText, type TextItem } from './page-text'

/** One line of text as pdf.js reports it: set in `size` points on the baseline `y`. */
const line = (str: string, size: number, y: number): TextItem[] => [
  { str, height: size, transform: [size, 0, 0, size, 56, y] },
  { str: '', hasEOL: true, height: 0, transform: [1, 0, 0, 1, 0, 0] },
]

describe('the text of a PDF page', () => {
  it('keeps a heading apart from the text under it', () => {
    const items = [
      ...line('Sesja Rady Gminy', 18, 780),
      ...line('Radni uchwalili budżet', 11, 740),
      ...line('większością głosów.', 11, 724),
    ]
    expect(pageText(items)).toBe('Sesja Rady Gminy\n\nRadni uchwalili budżet\nwiększością głosów.')
  })

  it('starts a new paragraph where the gap between lines widens, and keeps a two-line heading together', () => {
    const items = [
      ...line('Nowe godziny pracy', 18, 800),
      ...line('urzędu gminy', 18, 780),
      ...line('Od marca urząd', 11, 740),
      ...line('pracuje dłużej.', 11, 724),
      ...line('Kasa jest czynna', 11, 698),
      ...line('do 15:00.', 11, 682),
    ]
    expect(pageText(items)).toBe(
      'Nowe godziny pracy\nurzędu gminy\n\nOd marca urząd\npracuje dłużej.\n\nKasa jest czynna\ndo 15:00.',
    )
  })

  it('tells paragraphs apart on a page too short to measure its line spacing', () => {
    const items = [
      ...line('Harmonogram', 18, 780),
      ...line('Odpady zmieszane co dwa tygodnie.', 11, 740),
      ...line('Szkło raz w miesiącu.', 11, 714),
    ]
    expect(pageText(items)).toBe('Harmonogram\n\nOdpady zmieszane co dwa tygodnie.\n\nSzkło raz w miesiącu.')
  })

  it('leaves a page without text empty', () => {
    expect(pageText([])).toBe('')
  })
})
