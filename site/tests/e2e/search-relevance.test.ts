import { describe, expect, inject, it } from 'vitest'
import { useChromium } from './support/browser'
import { search } from './support/search-page'
import { relevanceSet } from './support/search-relevance-set'

describe('search relevance: what residents search for on the demo gmina', () => {
  const browser = useChromium()

  it('puts the page a resident means among the first three, and finds nothing for nonsense', async () => {
    const page = await browser().newPage()
    const misses: string[] = []
    for (const { query, top } of relevanceSet) {
      const { status, results } = await search(page, `q=${encodeURIComponent(query)}`, { firstPage: true })
      const first = results.slice(0, 3).map((result) => result.title)
      const met = top === null ? results.length === 0 : first.some((title) => top.test(title))
      if (!met) misses.push(`„${query}”: ${top === null ? status : first.join(' | ') || status}`)
    }
    // the score the closing notes report
    console.log(
      `search relevance: ${relevanceSet.length - misses.length} of ${relevanceSet.length} queries met`,
    )
    expect(misses).toEqual([])
  })

  it('never searches one- or two-letter words on their own, nor marks them', async () => {
    const page = await browser().newPage()
    const alone = await search(page, 'q=w')
    expect(alone.status).toMatch(/^Wpisz słowo, które ma co najmniej 3 litery/)
    expect(alone.results).toEqual([])
    const { results } = await search(page, `q=${encodeURIComponent('przerwa w dostawie')}`)
    expect(results.length).toBeGreaterThan(0)
    for (const result of results) expect(result.excerpt).not.toMatch(/<mark>w<\/mark>/i)
  })

  it('suggests the closest word of the site when a query finds nothing, and the suggestion finds it', async () => {
    const page = await browser().newPage()
    const typo = await search(page, 'q=kanalizcja')
    expect(typo.status).toMatch(/^Nic nie znaleziono/)
    const suggestion = page.locator('[data-search-suggestion]')
    await expect
      .poll(() => suggestion.textContent(), { timeout: 15_000 })
      .toBe('Czy chodziło o: kanalizacja?')
    await suggestion.locator('a').click()
    await page.waitForURL(`${inject('siteUrl')}/szukaj/?q=kanalizacja`)
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 })
      .toMatch(/^Znaleziono/)
  })
})
