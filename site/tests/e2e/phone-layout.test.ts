import fs from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { axeViolations } from './support/axe'
import { scriptsLoadedBy, useChromium } from './support/browser'
import { htmlFileOf, pagePerTemplate, sitemapPaths, templates } from './support/templates'

/** An iPhone-sized phone's first screen, and a desktop. */
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 900 }
/** A tablet in landscape: wide enough for the BIP sidebar, not for the change list's six columns beside it. */
const TABLET = { width: 1000, height: 700 }
type Viewport = typeof PHONE

/** The page's box of the first element `selector` matches, in CSS px from the top left of the document. */
type Box = { top: number; bottom: number; left: number; right: number; height: number }
const box = (page: Page, selector: string): Promise<Box> =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const { top, bottom, left, right, height } = element.getBoundingClientRect()
      return { top: top + scrollY, bottom: bottom + scrollY, left, right, height }
    })

/** Whether the document scrolls sideways (WCAG 1.4.10: it must not at 320 px, nor at a phone's 390). */
const scrollsSideways = (page: Page): Promise<boolean> =>
  page.evaluate(() => document.scrollingElement!.scrollWidth > document.scrollingElement!.clientWidth)

/** The words (of the elements `selector` matches) that are split over two lines: "We/rsja", "8:00–/16:00". */
const brokenWords = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate((css) => {
    const broken: string[] = []
    for (const element of document.querySelectorAll(css)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(node, word.index)
          range.setEnd(node, word.index + word[0].length)
          const lineTops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)))
          if (lineTops.size > 1) broken.push(word[0])
        }
      }
    }
    return broken
  }, selector)

/** How many lines the text of each element `selector` matches takes. */
const linesOfEach = (page: Page, selector: string): Promise<{ text: string; lines: number }[]> =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange()
      range.selectNodeContents(element)
      const lineTops = new Set(
        [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)),
      )
      return { text: element.textContent?.trim() ?? '', lines: lineTops.size }
    }),
  )

describe('phone first: the page itself on the first screen, nothing wider than a phone (390 px) or a desktop', () => {
  const siteUrl = inject('siteUrl')
  const outDir = inject('siteOutDir')
  const pages = pagePerTemplate(outDir)
  const browser = useChromium()

  /** A page in a fresh browser context; with JavaScript off when asked, to show that the page needs none. */
  const open = async (path: string, viewport: Viewport, javaScript = true) => {
    const context = await browser().newContext({ viewport, javaScriptEnabled: javaScript })
    const page = await context.newPage()
    const scripts = scriptsLoadedBy(page)
    await page.goto(`${siteUrl}${path}`)
    return { page, scripts, close: () => context.close() }
  }
  const pathOf = (template: string) => pages.find((page) => page.name === template)!.path

  it.each(pages)(
    '$name ($path): on a phone, under every active alert, the h1 starts on the first screen',
    async ({ path }) => {
      const { page, close } = await open(path, PHONE)
      // the demo gmina has three active alerts, all in the banner at the top of every page
      const alerts = await page.locator('.alert-banner li').count()
      expect(alerts).toBeGreaterThanOrEqual(3)
      const title = await page.locator('h1').evaluate((h1) => {
        const range = document.createRange()
        range.selectNodeContents(h1)
        return { firstLineBottom: range.getClientRects()[0]!.bottom + scrollY }
      })
      expect(title.firstLineBottom).toBeLessThanOrEqual(PHONE.height)
      expect(await scrollsSideways(page)).toBe(false)
      await close()
    },
  )

  it('shows each active alert as one compact line (severity, title, link), its details a tap away without JavaScript', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, close } = await open('/', viewport, false)
      const items = page.locator('.alert-banner li')
      const count = await items.count()
      for (let index = 0; index < count; index++) {
        const item = items.nth(index)
        const head = await item.locator('.alert-head').textContent()
        expect(head?.trim()).toMatch(/^(Alarm|Ostrzeżenie|Informacja):\s+\S/)
        const link = item.locator('.alert-head a')
        expect(await link.getAttribute('href')).toMatch(/^\/komunikaty\/[a-z0-9-]+\/$/)
        // collapsed: the areas, period and text are not shown; the item is one line (a long title ends in "…")
        expect(await item.locator('.alert-text').isVisible()).toBe(false)
        const lineHeight = await item.evaluate((li) => parseFloat(getComputedStyle(li).lineHeight))
        expect((await box(page, `.alert-banner li:nth-child(${index + 1})`)).height).toBeLessThan(
          1.75 * lineHeight,
        )
        // the toggle names the alert it opens
        const summary = item.locator('summary')
        expect(await summary.textContent()).toContain((await link.textContent())!.trim())
      }
      // one tap opens an alert's details (a <details>: JavaScript is off in this page)
      const first = items.first()
      await first.locator('summary').click()
      expect(await first.locator('.alert-text').isVisible()).toBe(true)
      await expect(first.locator('.alert-meta').textContent()).resolves.toContain('Dotyczy:')
      expect(await items.nth(1).locator('.alert-text').isVisible()).toBe(false)
      await close()
    }
  })

  it.each(['BIP home', 'BIP category', 'BIP document', 'BIP register'])(
    '%s: the BIP menus follow the content on a phone and are a sidebar on a desktop',
    async (template) => {
      const path = pathOf(template)
      const { page, close } = await open(path, PHONE)
      const order = await page.evaluate(() => {
        const content = document.querySelector('.bip-content')!
        const menus = [...document.querySelectorAll('[data-bip-menu]')]
        return menus.map((menu) =>
          Boolean(content.compareDocumentPosition(menu) & Node.DOCUMENT_POSITION_FOLLOWING),
        )
      })
      expect(order).toEqual([true, true])
      const content = await box(page, '.bip-content')
      const menus = await box(page, '.bip-menus')
      expect(menus.top).toBeGreaterThanOrEqual(content.bottom)
      // a link at the top leads to them
      const toMenus = page.locator('a[href="#menu-bip"]')
      expect(await toMenus.isVisible()).toBe(true)
      expect((await box(page, 'a[href="#menu-bip"]')).bottom).toBeLessThan(content.top)
      expect(await page.locator('#menu-bip [data-bip-menu]').count()).toBe(2)
      await close()

      const desktop = await open(path, DESKTOP)
      const wideContent = await box(desktop.page, '.bip-content')
      const wideMenus = await box(desktop.page, '.bip-menus')
      expect(wideMenus.right).toBeLessThanOrEqual(wideContent.left)
      expect(Math.abs(wideMenus.top - wideContent.top)).toBeLessThan(2)
      expect(await desktop.page.locator('a[href="#menu-bip"]').isVisible()).toBe(false)
      await desktop.close()
    },
  )

  it("gives a phone the month's events as a list: every day with events shown, nothing scrolls sideways", async () => {
    // the month with the most events in the demo
    const monthPattern = templates.find((template) => template.name === 'events month')!.pattern
    const eventsIn = (path: string) =>
      fs.readFileSync(htmlFileOf(outDir, path), 'utf8').split('<li class="status-').length - 1
    const month = sitemapPaths(outDir)
      .filter((path) => monthPattern.test(path))
      .sort((a, b) => eventsIn(b) - eventsIn(a))[0]!
    expect(eventsIn(month)).toBeGreaterThan(3)

    const { page, scripts, close } = await open(month, PHONE)
    expect(await scrollsSideways(page)).toBe(false)
    expect(await page.locator('table.calendar').isVisible()).toBe(false)
    const daysWithEvents = await page
      .locator('table.calendar td:not(.outside):has(ul) time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))
    expect(daysWithEvents.length).toBeGreaterThan(1)
    const listed = page.locator('#lista-miesiaca + .month-list h3 time')
    expect(await listed.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))).toEqual(
      daysWithEvents,
    )
    for (const day of await listed.all()) {
      expect(await day.isVisible()).toBe(true)
      const { left, right } = await day.evaluate((time) => time.getBoundingClientRect().toJSON())
      expect(left).toBeGreaterThanOrEqual(0)
      expect(right).toBeLessThanOrEqual(PHONE.width)
    }
    expect(await brokenWords(page, '.month-list')).toEqual([])
    expect(scripts).toEqual([])
    await close()

    // a desktop keeps the month's grid, all seven days of the week on the screen
    const desktop = await open(month, DESKTOP)
    expect(await desktop.page.locator('table.calendar').isVisible()).toBe(true)
    const weekdays = await desktop.page
      .locator('table.calendar thead th')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().right))
    expect(weekdays).toHaveLength(7)
    for (const right of weekdays) expect(right).toBeLessThanOrEqual(DESKTOP.width)
    expect(await scrollsSideways(desktop.page)).toBe(false)
    await desktop.close()
  })

  it.each(['BIP register', 'BIP history'])(
    '%s: the table wraps between words only, and reads as labelled rows on a phone or a tablet',
    async (template) => {
      const path = pathOf(template)
      for (const viewport of [PHONE, TABLET, DESKTOP]) {
        const { page, close } = await open(path, viewport)
        expect(await page.locator('table.bip-changes tbody tr').count()).toBeGreaterThan(0)
        expect(await scrollsSideways(page)).toBe(false)
        // no word is cut over two lines: not a surname ("Kowal/czyk"), not "wer/sja"
        expect(await brokenWords(page, 'table.bip-changes td')).toEqual([])
        const table = await box(page, 'table.bip-changes')
        const column = await box(page, '.bip-content')
        expect(table.right).toBeLessThanOrEqual(column.right + 0.5)

        const firstRow = await page
          .locator('table.bip-changes tbody tr')
          .first()
          .evaluate((row) => {
            const headers = [...row.closest('table')!.querySelectorAll('thead th')].map(
              (th) => th.textContent,
            )
            return [...row.querySelectorAll('td')].map((cell, index) => ({
              header: headers[index],
              label: getComputedStyle(cell, '::before').content,
              left: cell.getBoundingClientRect().left,
              top: cell.getBoundingClientRect().top,
            }))
          })
        expect(firstRow).toHaveLength(6)
        if (viewport !== DESKTOP) {
          // stacked: the cells one under another, each labelled with its column's header
          for (const cell of firstRow) {
            expect(cell.left).toBe(firstRow[0]!.left)
            expect(cell.label).toContain(`"${cell.header}"`)
          }
          expect(new Set(firstRow.map((cell) => cell.top)).size).toBe(6)
          expect((await box(page, 'table.bip-changes thead')).height).toBeLessThanOrEqual(1)
        } else {
          // a table: the cells of a row side by side under their headers
          expect(new Set(firstRow.map((cell) => cell.top)).size).toBe(1)
          expect(await page.locator('table.bip-changes thead th').first().isVisible()).toBe(true)
        }
        await close()
      }
    },
  )

  it("BIP document: the metadata's labels sit above their values on a phone, beside them on a desktop", async () => {
    const path = pathOf('BIP document')
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, close } = await open(path, viewport)
      const pairs = await page.locator('.bip-meta dt').evaluateAll((terms) =>
        terms.map((term) => {
          const value = term.nextElementSibling!.getBoundingClientRect()
          const label = term.getBoundingClientRect()
          return {
            labelBottom: label.bottom,
            labelRight: label.right,
            valueTop: value.top,
            valueLeft: value.left,
          }
        }),
      )
      expect(pairs.length).toBeGreaterThan(5)
      for (const pair of pairs) {
        if (viewport === PHONE) expect(pair.valueTop).toBeGreaterThanOrEqual(pair.labelBottom - 0.5)
        else expect(pair.valueLeft).toBeGreaterThan(pair.labelRight)
      }
      expect(await brokenWords(page, '.bip-meta')).toEqual([])
      expect(await scrollsSideways(page)).toBe(false)
      await close()
    }
  })

  it('keeps the footer in the content column, office hours each on one line, at both widths', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const { page, close } = await open('/', viewport)
      const column = await page.locator('main').evaluate((main) => {
        const { left, right } = main.getBoundingClientRect()
        const style = getComputedStyle(main)
        return { left: left + parseFloat(style.paddingLeft), right: right - parseFloat(style.paddingRight) }
      })
      const links = await page.locator('footer a').evaluateAll((anchors) =>
        anchors.map((anchor) => ({
          text: anchor.textContent?.trim(),
          ...anchor.getBoundingClientRect().toJSON(),
        })),
      )
      expect(links.length).toBeGreaterThan(5)
      const outside = links.filter((link) => link.left < column.left - 0.5 || link.right > column.right + 0.5)
      expect(outside.map((link) => link.text)).toEqual([])
      // the statement and search links, once at the very edge, start where the content does
      expect((await box(page, 'footer a[href="/deklaracja-dostepnosci/"]')).left).toBeCloseTo(column.left, 0)

      const hours = await linesOfEach(page, '.hours dt, .hours dd')
      expect(hours.length).toBeGreaterThan(1)
      expect(hours.filter((row) => row.lines !== 1)).toEqual([])
      expect(hours.map((row) => row.text)).toContain('8:00–16:00')
      await close()
    }
  })

  it.each(['home', 'events month', 'BIP document', 'BIP register'])(
    '%s: the phone layout, an alert opened, passes axe-core (WCAG 2.1 AA)',
    async (template) => {
      const { page, close } = await open(pathOf(template), PHONE)
      await page.locator('.alert-banner summary').first().click()
      expect(await axeViolations(page)).toEqual([])
      await close()
    },
  )
})
