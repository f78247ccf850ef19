import { describe, expect, it } from 'vitest'
import { MAIN_PART, searchPartOf } from './search-parts'

describe('searchPartOf', () => {
  it('spreads the big sections over fixed buckets, the same in every build', () => {
    const parts = new Set(
      Array.from({ length: 2000 }, (_, n) => searchPartOf(`bip/dokument/${n}/index.html`)),
    )
    expect([...parts].sort()).toEqual(Array.from({ length: 16 }, (_, n) => `bip-${n}`).sort())
  })

  it('keeps a page in the bucket it had in earlier builds (pinned: a new hash would re-index every part)', () => {
    expect(searchPartOf('aktualnosci/dozynki-2026/index.html')).toBe('aktualnosci-6')
    expect(searchPartOf('bip/dokument/uchwala-xii-45-2025/index.html')).toBe('bip-2')
    expect(searchPartOf('wydarzenia/festyn/index.html')).toBe('wydarzenia-2')
    expect(searchPartOf('informator/informator-lipowej-woli/2025/3/index.html')).toBe('informator-0')
  })

  it('puts every other page into the main part', () => {
    for (const file of [
      'index.html',
      '404.html',
      'komunikaty/burza/index.html',
      'deklaracja-dostepnosci/index.html',
    ])
      expect(searchPartOf(file)).toBe(MAIN_PART)
  })
})
