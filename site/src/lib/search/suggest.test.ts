import { describe, expect, it } from 'vitest'
import { closestWord } from './suggest'

const vocabulary = new Map([
  ['kanalizacja', 12],
  ['kanalizacji', 30],
  ['kanalizację', 4],
  ['woda', 8],
  ['wody', 20],
  ['sesja', 5],
])

describe('"Czy chodziło o: …?"', () => {
  it('suggests the closest word of the site, the most frequent of equally close ones', () => {
    expect(closestWord('kanalizcja', vocabulary)).toBe('kanalizacja')
    expect(closestWord('kanalizcji', vocabulary)).toBe('kanalizacji')
    expect(closestWord('sesia', vocabulary)).toBe('sesja')
  })

  it('suggests nothing for a word the site has, or one too far from any', () => {
    expect(closestWord('wody', vocabulary)).toBeUndefined()
    expect(closestWord('xyzzy', vocabulary)).toBeUndefined()
    expect(closestWord('kanał', vocabulary)).toBeUndefined()
  })
})
