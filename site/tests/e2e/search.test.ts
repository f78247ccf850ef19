import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useChromium } from './support/browser'

type Result = { href: string; title: string; section: string; excerpt: string }

/** Opens /szukaj/ with the query, waits for the search to finish and reads every result (all pages of them). */
const search = async (page: Page, query: string): Promise<{ status: string; results: Result[] }> => {
  await page.goto(`${inject('siteUrl')}/szukaj/?${query}`)
  const status = page.locator('[data-search-status]')
  await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/^(Znaleziono|Nic nie)/)
  const more = page.locator('[data-search-more]')
  while (await more.isVisible()) {
    const shown = await page.locator('[data-search-results] > li').count()
    await more.click()
    await expect.poll(() => page.locator('[data-search-results] > li').count()).toBeGreaterThan(shown)
  }
  const results = await page.locator('[data-search-results] > li').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('h2 a')?.getAttribute('href') ?? '',
      title: item.querySelector('h2 a')?.textContent ?? '',
      section: item.querySelector('.meta')?.textContent ?? '',
      excerpt: item.querySelector('p:last-child')?.innerHTML ?? '',
    })),
  )
  return { status: (await status.textContent()) ?? '', results }
}

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
