import { describe, expect, it } from 'vitest'
import { MAIN_PART, searchPartOf } from './search-parts'

describe('searchPartOf', () => {
  it('spreads the big sections over fixed buckets, the same in every build', () => {
    const parts = new Set(
      Array.from({ length: 2000 }, (_, n) => searchPartOf(`bip/dokument/${n}/index.html`)),
    )
    expect([...parts].sort()).toEqual(Array.from({ length: 16 }, (_, n) => `bip-${n}`).sort())
    expect(searchPartOf('aktualnosci/dozynki-2026/index.html')).toBe(
      searchPartOf('aktualnosci/dozynki-2026/index.html'),
    )
    expect(searchPartOf('aktualnosci/dozynki-2026/index.html')).toMatch(/^aktualnosci-[0-7]$/)
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
