import type { Page } from 'playwright-core'
import { warsawDay } from '@ratusz/warsaw-time'
import { describe, expect, inject, it } from 'vitest'
import { cmsApiOk } from './support/cms-api'
import { scriptsLoadedBy, useChromium } from './support/browser'

const siteUrl = inject('siteUrl')

const WIDTHS = [390, 1280] as const

const SCHEDULED = 'Planowane wyłączenie prądu w Brzozówce'
const EXPIRED = 'Zamknięta droga gminna w Kalinówce'

type Settings = {
  officeName: string
  address: { street: string; postalCode: string; city: string; mapUrl?: string | null }
  contacts: { phone: string; email: string; fax?: string | null }
  departments: { name: string; phone?: string | null; email?: string | null }[]
  officeHours: { days: string; hours: string }[]
  eServices: { eboi?: string | null; epuap?: string | null }
  quickLinks: { label: string; url: string }[]
}

type ApiEvent = {
  title: string
  slug: string
  start: string
  recurrence?: {
    frequency?: string | null
    weekdays?: string[] | null
    until?: string | null
    count?: number | null
    rule?: string | null
    exceptions?: { date: string }[] | null
  } | null
}

const settings = (): Promise<Settings> => cmsApiOk('/globals/site-settings?depth=0')

/** The page's JSON-LD blocks of one schema.org type. */
const jsonLdOfType = async (page: Page, type: string): Promise<any[]> =>
  (await page.locator('script[type="application/ld+json"]').allTextContents())
    .map((text) => JSON.parse(text))
    .filter((data) => data['@type'] === type)

describe('everything a resident looks for is reachable', () => {
  const browser = useChromium()

  it('names Komunikaty and Kontakt in the main menu on every kind of page, on a phone and a desktop', async () => {
    for (const width of WIDTHS) {
      const page = await browser().newPage({ viewport: { width, height: 800 } })
      for (const path of ['/', '/aktualnosci/', '/wydarzenia/', '/bip/', '/szukaj/']) {
        await page.goto(`${siteUrl}${path}`)
        const menu = page.getByRole('navigation', { name: 'Menu główne' })
        for (const [name, href] of [
          ['Komunikaty', '/komunikaty/'],
          ['Kontakt', '/kontakt/'],
        ]) {
          const link = menu.getByRole('link', { name, exact: true })
          expect(await link.getAttribute('href'), `${name} on ${path}`).toBe(href)
          expect(await link.isVisible(), `${name} on ${path} at ${width} px`).toBe(true)
        }
      }
      await page.close()
    }
  })

  it("shows the office's address, hours, phones, e-mails, e-services and map on /kontakt/, from site settings", async () => {
    const { officeName, address, contacts, departments, officeHours, eServices } = await settings()
    expect(departments.length).toBeGreaterThan(0)
    expect(address.mapUrl).toMatch(/^https:\/\//)
    const page = await browser().newPage({ viewport: { width: 390, height: 800 } })
    const scripts = scriptsLoadedBy(page)
    await page.goto(`${siteUrl}/`)
    await page.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: 'Kontakt' }).click()
    await page.waitForURL(`${siteUrl}/kontakt/`)
    const main = page.locator('main')
    expect(await page.locator('h1').textContent()).toBe('Kontakt')
    expect(await page.locator('h1').count()).toBe(1)
    const text = (await main.textContent())!.replace(/\s+/g, ' ')
    for (const part of [officeName, address.street, `${address.postalCode} ${address.city}`])
      expect(text).toContain(part)
    for (const row of officeHours) {
      expect(text).toContain(row.days)
      expect(text).toContain(row.hours)
    }
    expect(await main.locator(`a[href="tel:${contacts.phone.replace(/[^\d+]/g, '')}"]`).textContent()).toBe(
      contacts.phone,
    )
    if (contacts.fax) expect(text).toContain(contacts.fax)
    expect(await main.locator(`a[href="mailto:${contacts.email}"]`).textContent()).toBe(contacts.email)
    for (const department of departments) {
      expect(text).toContain(department.name)
      if (department.phone)
        expect(
          await main.locator(`a[href="tel:${department.phone.replace(/[^\d+]/g, '')}"]`).textContent(),
        ).toBe(department.phone)
      if (department.email)
        expect(await main.locator(`a[href="mailto:${department.email}"]`).textContent()).toBe(
          department.email,
        )
    }
    expect(await main.getByRole('link', { name: /E-BOI/ }).getAttribute('href')).toBe(eServices.eboi)
    expect(await main.getByRole('link', { name: /ePUAP/ }).getAttribute('href')).toBe(eServices.epuap)
    expect(await main.getByRole('link', { name: /mapie/ }).getAttribute('href')).toBe(address.mapUrl)
    // nothing sticks out of a phone's screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
    expect(scripts).toEqual([])
    await page.close()
  })

  it('reaches announced and ended alerts from the menu, and every ended one through the archive', async () => {
    const page = await browser().newPage()
    await page.goto(`${siteUrl}/aktualnosci/`)
    await page
      .getByRole('navigation', { name: 'Menu główne' })
      .getByRole('link', { name: 'Komunikaty' })
      .click()
    await page.waitForURL(`${siteUrl}/komunikaty/`)
    const announced = page.locator('section', { has: page.locator('h2#zapowiedziane') })
    expect(await announced.getByRole('link', { name: SCHEDULED }).count()).toBe(1)
    const ended = page.locator('section', { has: page.locator('h2#zakonczone') })
    expect(await ended.getByRole('link', { name: EXPIRED }).count()).toBe(1)
    await ended.getByRole('link', { name: /Archiwum/ }).click()
    await page.waitForURL(`${siteUrl}/komunikaty/archiwum/`)
    expect(await page.locator('h1').textContent()).toBe('Archiwum komunikatów')
    expect(await page.locator('main').getByRole('link', { name: EXPIRED }).count()).toBe(1)
    expect(await page.locator('main').getByRole('link', { name: SCHEDULED }).count()).toBe(0)
    // the home page names the announced ones too, and leads to all of them
    await page.goto(`${siteUrl}/`)
    const home = page.locator('section', { has: page.locator('h2#komunikaty-gminy') })
    expect(await home.getByRole('link', { name: SCHEDULED }).count()).toBe(1)
    expect(await home.getByRole('link', { name: /Wszystkie komunikaty/ }).getAttribute('href')).toBe(
      '/komunikaty/',
    )
    await page.close()
  })

  it("lists an area's next events on its page and links its calendar, only where it has one", async () => {
    const areas = (await cmsApiOk('/areas?limit=100&depth=0')).docs as { slug: string; name: string }[]
    let withCalendar = 0
    for (const area of areas) {
      const html = await (await fetch(`${siteUrl}/obszary/${area.slug}/`)).text()
      const section = html.split('id="wydarzenia-obszaru"')[1]?.split('</section>')[0]
      expect(section, area.slug).toBeDefined()
      const calendar = await fetch(`${siteUrl}/wydarzenia/obszar/${area.slug}/`)
      if (calendar.status === 404) {
        expect(section, area.slug).not.toContain(`/wydarzenia/obszar/${area.slug}/`)
        continue
      }
      withCalendar += 1
      expect(section).toContain(`href="/wydarzenia/obszar/${area.slug}/"`)
      expect(section).toContain(`href="/wydarzenia/obszar/${area.slug}/kalendarz.ics"`)
      const ics = await fetch(`${siteUrl}/wydarzenia/obszar/${area.slug}/kalendarz.ics`)
      expect(ics.status).toBe(200)
      expect(await ics.text()).toContain('BEGIN:VCALENDAR')
      // the first events of the area's calendar page are the first on the area's page
      const calendarList = (await calendar.text()).split('class="event-list"')[1]
      const firstOnCalendar = calendarList?.match(/<a href="(\/wydarzenia\/[a-z0-9-]+\/)"/)?.[1]
      if (firstOnCalendar) expect(section, area.slug).toContain(`href="${firstOnCalendar}"`)
    }
    expect(withCalendar).toBeGreaterThan(0)
  })

  it('puts breadcrumbs on an article, for people and for search engines', async () => {
    for (const width of WIDTHS) {
      const page = await browser().newPage({ viewport: { width, height: 800 } })
      await page.goto(`${siteUrl}/aktualnosci/`)
      const href = await page.locator('main .card-title a').first().getAttribute('href')
      await page.goto(`${siteUrl}${href}`)
      const title = (await page.locator('h1').textContent())!.trim()
      const crumbs = page.getByRole('navigation', { name: 'Okruszki' })
      expect(await crumbs.isVisible()).toBe(true)
      const links = crumbs.getByRole('link')
      expect((await links.allTextContents()).map((text) => text.trim())).toEqual([
        'Strona główna',
        'Aktualności',
        title,
      ])
      expect(await links.nth(0).getAttribute('href')).toBe('/')
      expect(await links.nth(1).getAttribute('href')).toBe('/aktualnosci/')
      expect(await links.nth(2).getAttribute('aria-current')).toBe('page')
      const [list] = await jsonLdOfType(page, 'BreadcrumbList')
      expect(list.itemListElement.map((item: { name: string }) => item.name)).toEqual([
        'Strona główna',
        'Aktualności',
        title,
      ])
      expect(list.itemListElement.at(-1).item).toBe(new URL(href!, siteUrl).href)
      // the trail comes before the page's title
      const trailBox = (await crumbs.boundingBox())!
      const titleBox = (await page.locator('h1').boundingBox())!
      expect(trailBox.y).toBeLessThan(titleBox.y)
      await page.close()
    }
  })

  it('gives a news card without an image the full width, and one with an image its image column', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } })
    let checkedWithout = 0
    let checkedWith = 0
    for (let number = 1; number <= 6 && (checkedWithout === 0 || checkedWith === 0); number += 1) {
      await page.goto(`${siteUrl}${number === 1 ? '/aktualnosci/' : `/aktualnosci/strona/${number}/`}`)
      for (const card of await page.locator('main article.card').all()) {
        const cardBox = (await card.boundingBox())!
        const bodyBox = (await card.locator('.card-body').boundingBox())!
        if ((await card.locator('img').count()) === 0) {
          expect(bodyBox.x - cardBox.x).toBeLessThan(2)
          expect(bodyBox.width).toBeGreaterThan(cardBox.width - 2)
          checkedWithout += 1
        } else {
          const imageBox = (await card.locator('img').boundingBox())!
          expect(bodyBox.x).toBeGreaterThanOrEqual(imageBox.x + imageBox.width)
          checkedWith += 1
        }
      }
    }
    expect(checkedWithout).toBeGreaterThan(0)
    expect(checkedWith).toBeGreaterThan(0)
    await page.close()
  })

  it('starts the home page with quick links, then alerts, news, events and the latest issue with its cover', async () => {
    const { quickLinks } = await settings()
    expect(quickLinks.map((link) => link.label)).toEqual([
      'E-BOI – załatw sprawę online',
      'Harmonogram odbioru odpadów',
      'Biuletyn Informacji Publicznej',
      'Kontakt z urzędem',
    ])
    for (const width of WIDTHS) {
      const page = await browser().newPage({ viewport: { width, height: 800 } })
      const scripts = scriptsLoadedBy(page)
      await page.goto(`${siteUrl}/`)
      const quick = page.locator('section', { has: page.locator('h2#szybkie-linki') })
      const links = quick.getByRole('link')
      expect((await links.allTextContents()).map((text) => text.trim())).toEqual(
        quickLinks.map((link) => link.label),
      )
      expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('href')))).toEqual(
        quickLinks.map((link) => link.url),
      )
      const headings = (await page.locator('main h2').allTextContents()).map((text) => text.trim())
      const order = [
        'Najczęściej wybierane',
        'Komunikaty',
        'Najnowsze aktualności',
        'Najbliższe wydarzenia',
        'Najnowszy numer',
      ]
      expect(order.map((heading) => headings.indexOf(heading))).toEqual(
        [...order.map((heading) => headings.indexOf(heading))].sort((a, b) => a - b),
      )
      expect(order.every((heading) => headings.includes(heading))).toBe(true)
      // active alerts: the banner above the page, compact (a title links to each alert)
      expect(await page.getByRole('region', { name: /Aktywne komunikaty/ }).count()).toBe(1)
      const issue = page.locator('section', { has: page.locator('h2#najnowszy-numer') })
      const cover = issue.locator('img').first()
      await cover.scrollIntoViewIfNeeded()
      await expect
        .poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true)
      expect(await issue.getByRole('link').first().getAttribute('href')).toMatch(/^\/informator\//)
      expect(scripts).toEqual([])
      await page.close()
    }
    for (const link of quickLinks.filter((item) => item.url.startsWith('/'))) {
      expect((await fetch(`${siteUrl}${link.url}`)).status, link.url).toBe(200)
    }
  })

  it("states a repeating event's rule in Polish and lists its cancelled dates", async () => {
    const events = (await cmsApiOk('/events?limit=200&depth=0')).docs as ApiEvent[]
    const gymnastics = events.find((event) => event.title === 'Gimnastyka dla seniorów')!
    expect(gymnastics.recurrence?.weekdays).toEqual(['MO', 'WE'])
    const page = await browser().newPage({ viewport: { width: 390, height: 800 } })
    await page.goto(`${siteUrl}/wydarzenia/${gymnastics.slug}/`)
    const until = new Intl.DateTimeFormat('pl-PL', {
      timeZone: 'Europe/Warsaw',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(gymnastics.recurrence!.until!))
    expect((await page.locator('.event-rule').textContent())!.replace(/\s+/g, ' ').trim()).toBe(
      `Powtarza się: co tydzień w poniedziałki i środy do ${until}`,
    )

    // a series with days cancelled ahead lists exactly those days
    const today = warsawDay(new Date())
    const cancelledAhead = (event: ApiEvent) => [
      ...new Set(
        (event.recurrence?.exceptions ?? [])
          .map((exception) => warsawDay(new Date(exception.date)))
          .filter((day) => day >= today),
      ),
    ]
    const series = events.find((event) => event.recurrence?.rule && cancelledAhead(event).length > 0)
    expect(series, 'a demo series with a cancelled day ahead').toBeDefined()
    await page.goto(`${siteUrl}/wydarzenia/${series!.slug}/`)
    const section = page.locator('section', { has: page.locator('h2#odwolane-terminy') })
    const days = await section
      .locator('li time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))
    expect(days).toEqual(cancelledAhead(series!).sort())
    expect(await section.locator('li').first().textContent()).toMatch(/^\p{L}+, \d{1,2} \p{L}+ \d{4}$/u)
    await page.close()
  })
})
