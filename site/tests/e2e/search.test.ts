import { describe, expect, inject, it } from 'vitest'
import { useChromium } from './support/browser'
import { search } from './support/search-page'

describe('search (/szukaj/, Pagefind with Polish stemming)', () => {
  const siteUrl = inject('siteUrl')
  const browser = useChromium()

  it('finds the other forms of an inflected Polish word, with snippets', async () => {
    const page = await browser().newPage()
    const { status, results } = await search(page, 'q=drogi')
    expect(status).toMatch(/^Znaleziono \d+ wynik/)
    const titles = results.map((result) => result.title)
    // "drogi" itself, in the demo articles' titles …
    expect(titles.some((title) => title.startsWith('Przebudowa drogi gminnej'))).toBe(true)
    // … and "droga", "drogą", "drogach" in an alert that never says "drogi".
    const alert = results.find((result) => result.title === 'Zamknięta droga gminna w Kalinówce')
    expect(alert?.href).toBe('/komunikaty/zamknieta-droga-gminna-w-kalinowce/')
    expect(alert?.section).toContain('Komunikaty')
    expect(alert?.excerpt).toMatch(/<mark>(droga|drogach)/i)

    // The other way round: "drogach" finds the articles about "drogi".
    const reverse = await search(page, 'q=drogach')
    expect(reverse.results.some((result) => result.title.startsWith('Przebudowa drogi gminnej'))).toBe(true)

    // The periodical's PDF text is searchable too ("chodnikiem" → "chodnik").
    const issues = await search(page, 'q=chodnikiem&zakres=informator')
    expect(issues.results.length).toBeGreaterThan(0)
    for (const result of issues.results) expect(result.href).toMatch(/^\/informator\/[a-z0-9-]+\/\d{4}\//)
  })

  it('searches only BIP documents in the BIP scope, which the BIP search form sends', async () => {
    const page = await browser().newPage()
    await page.goto(`${siteUrl}/bip/`)
    await page.locator('#bip-q').fill('gminy')
    await page.locator('[data-bip-search] button').click()
    await page.waitForURL(/\/szukaj\/\?q=gminy&zakres=bip/)
    const { status, results } = await search(page, 'q=gminy&zakres=bip')
    expect(await page.locator('#search-zakres').inputValue()).toBe('bip')
    expect(await page.locator('#search-q').inputValue()).toBe('gminy')
    expect(status).toContain('w dziale BIP')
    expect(results.length).toBeGreaterThan(0)
    for (const result of results) {
      expect(result.href).toMatch(/^\/bip\/dokument\/[a-z0-9-]+\/$/)
      expect(result.section).toContain('BIP')
    }
    // The same word across the whole site finds more than the BIP.
    const everywhere = await search(page, 'q=gminy')
    expect(everywhere.results.some((result) => !result.href.startsWith('/bip/'))).toBe(true)
  })

  it('indexes the content pages only, not the lists', async () => {
    const page = await browser().newPage()
    const { results } = await search(page, 'q=gminnej')
    expect(results.length).toBeGreaterThan(0)
    for (const result of results) {
      expect(result.href).not.toMatch(/^\/(aktualnosci|wydarzenia|informator|bip|komunikaty)\/$/)
      expect(result.href).not.toMatch(/\/strona\/\d+\/$|\/kategoria\//)
    }
  })

  it('without JavaScript says so and links to the section lists', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/szukaj/?q=drogi&zakres=bip`)
    await expect(page.locator('main').textContent()).resolves.toContain(
      'potrzebuje włączonej obsługi JavaScriptu',
    )
    expect(await page.locator('[data-search]').isVisible()).toBe(false)
    const links = await page
      .locator('[data-search-fallback] a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))
    expect(links).toEqual(['/aktualnosci/', '/wydarzenia/', '/informator/', '/bip/', '/komunikaty/'])
    for (const href of links) expect((await fetch(`${siteUrl}${href}`)).status).toBe(200)
    await context.close()
  })
})
