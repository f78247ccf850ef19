import type { RichText } from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { describePage, summaryOf } from './summary'

const paragraph = (...texts: string[]) => ({
  type: 'paragraph',
  children: texts.map((text) => ({ type: 'text', text })),
})
const doc = (...children: object[]): RichText => ({ root: { type: 'root', children } }) as RichText

describe('summaryOf', () => {
  it('reads the text of paragraphs, headings and lists as one line', () => {
    const value = doc(
      { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Ogłoszenie' }] },
      paragraph('Wójt Gminy ', 'ogłasza', '  przetarg.'),
      { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'działka 12/3' }] }] },
    )
    expect(summaryOf(value)).toBe('Ogłoszenie Wójt Gminy ogłasza przetarg. działka 12/3')
  })

  it('cuts a long text at a word, with an ellipsis, within the limit', () => {
    const long = summaryOf(doc(paragraph('Zarządzenie w sprawie ogłoszenia przetargu, '.repeat(10))), 60)
    expect(long.length).toBeLessThanOrEqual(60)
    expect(long).toMatch(/^Zarządzenie w sprawie .*[a-ząęółśżźćń]…$/)
  })

  it('is empty for no text', () => {
    expect(summaryOf(null)).toBe('')
    expect(summaryOf(doc())).toBe('')
  })

  it('leads a short opening with the title, so every page says what it is', () => {
    const short: RichText = {
      root: {
        type: 'root',
        children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nowa treść' }] }],
      },
    }
    expect(describePage('Przetarg na odśnieżanie dróg gminnych', short)).toBe(
      'Przetarg na odśnieżanie dróg gminnych: Nowa treść',
    )
    expect(describePage('Ogłoszenie', null)).toBe('Ogłoszenie')
  })
})
