import { describe, expect, inject, it } from 'vitest'
import { scriptsLoadedBy, useChromium } from './support/browser'

describe('a resident browses the site in Chromium', () => {
  const siteUrl = inject('siteUrl')
  const browser = useChromium()

  it('goes from home to an article to its category', async () => {
    const page = await browser().newPage()
    const scripts = scriptsLoadedBy(page)

    await page.goto(`${siteUrl}/`)
    expect(await page.getAttribute('html', 'lang')).toBe('pl')
    await expect(page.locator('header').textContent()).resolves.toContain('Lipowa Wola')
    expect(await page.locator('h1').count()).toBe(1)
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').count()).toBeGreaterThan(0)

    const firstArticle = page
      .locator('main a[href^="/aktualnosci/"]:not([href*="/kategoria/"]):not([href*="/strona/"])')
      .first()
    const articleHref = await firstArticle.getAttribute('href')
    expect(articleHref).toMatch(/^\/aktualnosci\/[a-z0-9-]+\/$/)
    await firstArticle.click()
    await page.waitForURL(`${siteUrl}${articleHref}`)
    const title = await page.locator('h1').textContent()
    expect(title?.trim().length).toBeGreaterThan(5)
    expect(await page.locator('main time[datetime]').count()).toBeGreaterThan(0)

    const category = page.locator('main a[href^="/aktualnosci/kategoria/"]').first()
    const categoryName = (await category.textContent())?.trim()
    await category.click()
    await page.waitForURL(/\/aktualnosci\/kategoria\/[a-z0-9-]+\/$/)
    expect(await page.locator('h1').textContent()).toContain(categoryName)
    expect(await page.locator(`main a[href="${articleHref}"]`).count()).toBeGreaterThan(0)

    expect(scripts).toEqual([])
    await page.close()
  })

  it('has a skip link and a Polish 404 page', async () => {
    const page = await browser().newPage()
    await page.goto(`${siteUrl}/`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'))
    expect(focused).toMatch(/^#/)
    const missing = await page.goto(`${siteUrl}/aktualnosci/nie-ma-takiego-artykulu/`)
    expect(missing?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toMatch(/nie ma takiej strony/i)
    await page.close()
  })
})
