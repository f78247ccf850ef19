import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { axeViolations } from './support/axe'
import { launchChromium } from './support/browser'
import { pagePerTemplate } from './support/templates'

/** Pages that show most of their template: an article, event or issue with its image. */
const showsMost = (template: string, html: string): boolean =>
  ['article', 'event', 'issue'].includes(template) ? /<main[\s\S]*<img[\s\S]*<\/main>/.test(html) : true

/** How many tab stops after the skip link are checked for a visible focus indicator. */
const TAB_STOPS = 12

describe('every page template is accessible (WCAG 2.1 AA)', () => {
  const siteUrl = inject('siteUrl')
  const pages = pagePerTemplate(inject('siteOutDir'), showsMost)
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const open = async (path: string, width = 1280): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(`${siteUrl}${path}`)
    return page
  }

  it.each(pages)(
    '$name ($path): axe-core finds no violations; one h1, landmarks, Polish',
    async ({ path }) => {
      const page = await open(path)
      expect(await axeViolations(page)).toEqual([])
      expect(await page.getAttribute('html', 'lang')).toBe('pl')
      expect(await page.locator('h1').count()).toBe(1)
      expect(await page.locator('main').count()).toBe(1)
      for (const landmark of ['body > header', 'nav', 'body > footer'])
        expect(await page.locator(landmark).count(), landmark).toBeGreaterThan(0)
      await page.close()
    },
  )

  it.each(pages)(
    '$name ($path): the skip link leads into the content, focus is visible',
    async ({ path }) => {
      const page = await open(path)
      await page.keyboard.press('Tab')
      const skip = await page.evaluate(() => {
        const link = document.activeElement as HTMLAnchorElement
        const box = link.getBoundingClientRect()
        return { href: link.getAttribute('href'), text: link.textContent?.trim(), onScreen: box.top >= 0 }
      })
      expect(skip).toEqual({ href: '#tresc', text: 'Przejdź do treści', onScreen: true })
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tresc')

      const stops: { element: string; inMain: boolean; indicator: boolean; shown: boolean }[] = []
      for (let stop = 0; stop < TAB_STOPS; stop++) {
        await page.keyboard.press('Tab')
        stops.push(
          await page.evaluate(() => {
            const element = document.activeElement as HTMLElement
            const style = getComputedStyle(element)
            const box = element.getBoundingClientRect()
            return {
              element: `${element.tagName.toLowerCase()} ${element.getAttribute('href') ?? element.id}`,
              inMain: Boolean(element.closest('main')),
              indicator:
                (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
                style.boxShadow !== 'none',
              shown: box.width > 0 && box.height > 0,
            }
          }),
        )
      }
      // After the skip link, the next tab stop is in the content, not back in the header.
      expect(stops[0]?.inMain, `first stop after the skip link: ${stops[0]?.element}`).toBe(true)
      const unclear = stops.filter((stop) => stop.element !== 'body ' && !(stop.indicator && stop.shown))
      expect(unclear).toEqual([])
      await page.close()
    },
  )

  /** Presses Tab until the focused element matches `selector` (at most `limit` times); fails otherwise. */
  const tabTo = async (page: Page, selector: string, limit = 80) => {
    for (let press = 0; press < limit; press++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) return
    }
    throw new Error(`${selector} not reached by ${limit} presses of Tab on ${page.url()}`)
  }

  it('a keyboard-only resident goes from home to an article and to a BIP document', async () => {
    const page = await open('/')
    await tabTo(page, 'header nav a[href="/aktualnosci/"]')
    await Promise.all([page.waitForURL(/\/aktualnosci\/$/), page.keyboard.press('Enter')])
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await tabTo(page, 'main a[href^="/aktualnosci/"]:not([href*="/kategoria/"]):not([href*="/strona/"])')
    const article = await page.evaluate(() => document.activeElement!.getAttribute('href')!)
    await Promise.all([page.waitForURL(`${siteUrl}${article}`), page.keyboard.press('Enter')])
    expect(await page.locator('h1').count()).toBe(1)

    await tabTo(page, 'header nav a[href="/bip/"]')
    await Promise.all([page.waitForURL(/\/bip\/$/), page.keyboard.press('Enter')])
    await tabTo(page, 'a[href^="/bip/kategoria/"]')
    await Promise.all([page.waitForURL(/\/bip\/kategoria\//), page.keyboard.press('Enter')])
    await tabTo(page, 'main a[href^="/bip/dokument/"]', 200)
    await Promise.all([page.waitForURL(/\/bip\/dokument\/[a-z0-9-]+\/$/), page.keyboard.press('Enter')])
    expect(await page.locator('main h1').count()).toBe(1)
    await page.close()
  })

  it.each(pages)('$name ($path): reflows at 320 CSS px without horizontal scrolling', async ({ path }) => {
    const page = await open(path, 320)
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
      return { scrollWidth: document.documentElement.scrollWidth, width, wide }
    })
    expect(overflow.scrollWidth, `too wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.width)
    await page.close()
  })
})
