import { describe, expect, inject, it } from 'vitest'
import { scriptsLoadedBy, useChromium } from './support/browser'
import { readFeed } from './support/feeds'

describe('a resident reads the periodical archive', () => {
  const siteUrl = inject('siteUrl')
  const browser = useChromium()

  it('goes from the menu to an archive by year and an issue with its cover, contents and text', async () => {
    const page = await browser().newPage()
    const scripts = scriptsLoadedBy(page)
    await page.goto(`${siteUrl}/`)
    await expect(page.locator('#najnowszy-numer').textContent()).resolves.toBe('Najnowszy numer')
    await page.locator('header nav a', { hasText: 'Informator' }).click()
    expect(new URL(page.url()).pathname).toBe('/informator/')
    await page.locator('main h2 a', { hasText: 'Informator Lipowej Woli' }).click()
    expect(new URL(page.url()).pathname).toBe('/informator/informator-lipowej-woli/')
    const years = await page.locator('main h2').allTextContents()
    expect(years.length).toBeGreaterThanOrEqual(2)
    expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => b - a))
    const thumbnail = page.locator('main img.issue-cover').first()
    expect(await thumbnail.getAttribute('loading')).toBe('lazy')
    expect(Number(await thumbnail.getAttribute('width'))).toBeGreaterThan(0)
    expect(Number(await thumbnail.getAttribute('height'))).toBeGreaterThan(0)
    expect(await thumbnail.getAttribute('alt')).toMatch(/^Okładka: Informator Lipowej Woli/)
    expect(
      await page
        .locator('link[rel="alternate"][href$="/informator/informator-lipowej-woli/rss.xml"]')
        .count(),
    ).toBe(1)

    await page.locator('main .issue-card-title a', { hasText: /^Nr / }).first().click()
    expect(new URL(page.url()).pathname).toMatch(
      /^\/informator\/informator-lipowej-woli\/\d{4}\/\d+-\d{4}\/$/,
    )
    expect(await page.locator('h1').count()).toBe(1)
    const cover = page.locator('.issue-head img.issue-cover')
    await cover.scrollIntoViewIfNeeded()
    expect(await cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    const download = page.locator('.download a')
    expect(await download.textContent()).toMatch(/\(PDF, \d+(,\d)? kB, 5 stron\)/)
    const pdfHref = (await download.getAttribute('href'))!
    const pdf = await fetch(new URL(pdfHref, siteUrl))
    expect(pdf.status).toBe(200)
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    const contents = await page
      .locator('.contents a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    expect(contents).toEqual([`${pdfHref}#page=3`, `${pdfHref}#page=4`, `${pdfHref}#page=5`])
    expect(await page.locator('.issue-text h3').allTextContents()).toEqual(
      [1, 2, 3, 4, 5].map((n) => `Strona ${n}`),
    )
    expect(await page.locator('.issue-text').textContent()).toMatch(/[ąęłńóśźż]/)
    expect(scripts).toEqual([])
  })

  it('shows a supplement on its issue page and the supplement links back', async () => {
    const page = await browser().newPage()
    await page.goto(`${siteUrl}/informator/informator-lipowej-woli/`)
    const href = await page
      .locator('main .issue-card-title a', { hasText: 'Harmonogram odbioru odpadów' })
      .first()
      .getAttribute('href')
    await page.goto(new URL(href!, siteUrl).href)
    await expect(page.locator('h1').textContent()).resolves.toContain('Harmonogram odbioru odpadów')
    await page.locator('main p a', { hasText: /^1\/\d{4}$/ }).click()
    await expect(page.locator('#dodatki').textContent()).resolves.toBe('Dodatki do tego numeru')
  })

  it('the feed lists issues with their PDFs as enclosures of the right length and type', async () => {
    const { feed } = await readFeed(`${siteUrl}/informator/informator-lipowej-woli/rss.xml`)
    expect(feed.title).toBe('Informator Lipowej Woli')
    expect(feed.items.length).toBeGreaterThanOrEqual(10)
    for (const item of feed.items.slice(0, 5)) {
      expect(item.enclosure?.type).toBe('application/pdf')
      const file = await fetch(item.enclosure!.url)
      expect(file.status).toBe(200)
      expect(String((await file.arrayBuffer()).byteLength)).toBe(item.enclosure!.length)
      expect((await fetch(String(item.link))).status).toBe(200)
    }
  })
})
