import { describe, expect, it } from 'vitest'
import { isSlug, MAX_SLUG_LENGTH, transliterate } from './transliterate'

describe('transliterate', () => {
  it.each([
    ['Żółta łąka', 'zolta-laka'],
    ['Święto Ziemniaka 2025!', 'swieto-ziemniaka-2025'],
    ['ŁÓDŹ i Łęczyca', 'lodz-i-leczyca'],
    ['Gęś, źdźbło, ćma, ńa', 'ges-zdzblo-cma-na'],
    ['Kultura & Sport', 'kultura-i-sport'],
    ['Uchwała nr XII/45/2025', 'uchwala-nr-xii-45-2025'],
    ['  spacje   i---myślniki  ', 'spacje-i-myslniki'],
    ['plik_nazwa.v2', 'plik-nazwa-v2'],
  ])('%s → %s', (input, expected) => {
    expect(transliterate(input)).toBe(expected)
  })

  it('returns an empty string when nothing is left', () => {
    expect(transliterate('!!! ???')).toBe('')
  })

  it('cuts long titles at a word boundary', () => {
    const slug = transliterate('Bardzo długi tytuł '.repeat(10))
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH)
    expect(isSlug(slug)).toBe(true)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('recognizes slugs', () => {
    expect(isSlug('zolta-laka')).toBe(true)
    expect(isSlug('Zolta-laka')).toBe(false)
    expect(isSlug('zolta--laka')).toBe(false)
  })
})
