import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { scriptsLoadedBy, useChromium } from './support/browser'

/** Presses Tab until the focused element is a link whose href matches, as a keyboard user would. */
const tabTo = async (page: Page, href: RegExp, limit = 400): Promise<string> => {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '')
    if (href.test(focused)) return focused
  }
  throw new Error(`no link matching ${href} reached with Tab`)
}

describe('a resident finds an event with the keyboard only', () => {
  const siteUrl = inject('siteUrl')
  const browser = useChromium()

  it('goes from home to this month’s calendar to an event', async () => {
    const page = await browser().newPage()
    const scripts = scriptsLoadedBy(page)
    await page.goto(`${siteUrl}/`)
    await expect(page.locator('#najblizsze-wydarzenia').textContent()).resolves.toBe('Najbliższe wydarzenia')
    expect(await page.locator('nav a[href="/wydarzenia/"]').textContent()).toContain('Wydarzenia')

    const monthHref = await tabTo(page, /^\/wydarzenia\/\d{4}\/\d{2}\/$/)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${siteUrl}${monthHref}`)
    expect(await page.locator('h1').count()).toBe(1)
    await expect(page.locator('h1').textContent()).resolves.toMatch(/^Kalendarz wydarzeń: \p{L}+ \d{4}$/u)
    await expect(page.locator('table caption').textContent()).resolves.toMatch(/Kalendarz wydarzeń/)
    expect(await page.locator('table thead th[scope="col"]').count()).toBe(7)
    expect(await page.locator('#lista-miesiaca').count()).toBe(1)
    expect(await page.locator('a[rel="next"]').count()).toBe(1)
    expect(await page.locator('link[rel="alternate"][type="text/calendar"]').count()).toBeGreaterThan(0)

    const eventHref = await tabTo(page, /^\/wydarzenia\/[a-z0-9-]+\/$/)
    expect(await page.locator(`table a[href="${eventHref}"]`).count()).toBeGreaterThan(0)
    await page.keyboard.press('Enter')
    await page.waitForURL(`${siteUrl}${eventHref}`)
    expect(await page.locator('h1').count()).toBe(1)
    await expect(page.locator('main').textContent()).resolves.toMatch(
      /(poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela), \d{1,2} \p{L}+ \d{4}/u,
    )
    expect(await page.locator('main time[datetime]').count()).toBeGreaterThan(0)
    const ics = page.locator('main a', { hasText: 'Dodaj do kalendarza' })
    expect(await ics.getAttribute('href')).toMatch(/^\/wydarzenia\/[a-z0-9-]+\.ics$/)
    await expect(page.locator('main').textContent()).resolves.toContain('Miejsce')

    expect(scripts).toEqual([])
    await page.close()
  })

  it('lists upcoming events once each and keeps past ones in the archive', async () => {
    const page = await browser().newPage()
    await page.goto(`${siteUrl}/wydarzenia/`)
    const upcoming = await page
      .locator('main .event-item h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(upcoming.length).toBeGreaterThan(10)
    expect(new Set(upcoming).size).toBe(upcoming.length)
    await page.goto(`${siteUrl}/wydarzenia/archiwum/`)
    const archived = await page
      .locator('main .event-item h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(archived.length).toBeGreaterThan(10)
    expect(archived.filter((href) => upcoming.includes(href))).toEqual([])
    await page.close()
  })
})
