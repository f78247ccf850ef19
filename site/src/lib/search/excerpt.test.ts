import { describe, expect, it } from 'vitest'
import { excerptOf } from './excerpt'

const text = (pieces: { text: string; marked: boolean }[]) =>
  pieces.map((piece) => (piece.marked ? `[${piece.text}]` : piece.text)).join('')

describe('the excerpt of a found page', () => {
  const content = Array.from({ length: 100 }, (_, index) => `s${index}`).join(' ')

  it('shows the words around the closest matches, marked, cut with ellipses', () => {
    expect(text(excerptOf(content, [50, 52, 90], 6))).toBe('… s47 s48 s49 [s50] s51 [s52] …')
  })

  it('starts at the beginning when the match is there, and marks only matched words', () => {
    expect(text(excerptOf('Przerwa w dostawie wody.', [3], 30))).toBe('Przerwa w dostawie [wody.]')
  })

  it('is the start of the text when nothing is located', () => {
    expect(text(excerptOf(content, [], 3))).toBe('s0 s1 s2 …')
  })
})
