import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { readOutbox, recipientsOf } from '../../../cms/tests/support/outbox-mail'
import { phoneJpeg } from '../../../cms/tests/support/reports'
import { publishSite } from './support/publish'
import { launchChromium } from './support/browser'
import { signIn } from './support/admin-session'
import { adminToken, cmsApiOk } from './support/cms-api'
import { closeServer } from '../../../scripts/lib/static-server'
import { e2eMap, serveTiles } from './support/map-tiles'

const siteUrl = inject('siteUrl')
const cmsUrl = inject('cmsUrl')
const outboxDir = inject('outboxDir')
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** The form refuses what is sent faster than a person fills it (3 s by default). */
const FILL_TIME_MS = 3_500

/**
 * A resident's report as they live it, in Chromium without JavaScript against the static site (whose /api/public/
 * goes to the CMS, as nginx sends it): report a street light with a phone's photo on /zglos/, confirm from the
 * .eml the CMS wrote to its outbox, the category's handler sees it, replies and closes it, the resident gets each
 * message and sees the history on the status page, and once an administrator marks it public, /zgloszenia/ shows
 * it without any personal data.
 */
describe('resident reports, from the form to the public list', () => {
  let browser: Browser
  let token: string
  let handlerToken: string
  let category: { id: number; name: string }
  let area: { id: number; name: string }
  const created: number[] = []

  const runNotificationJobs = async () => {
    for (let round = 0; round < 3; round++)
      await cmsApiOk('/payload-jobs/run?queue=notifications&limit=50', { token })
  }
  const mailsTo = async (address: string) =>
    (await readOutbox(outboxDir)).filter((message) => recipientsOf(message.mail).includes(address))
  const linkIn = (text: string, path: string) =>
    text.match(/https?:\/\/[^\s<>"]+/g)?.find((link) => new URL(link).pathname === path)

  const fillReport = async (page: Page, email: string, description: string) => {
    await page.getByRole('radio', { name: new RegExp(category.name) }).check()
    await page.getByLabel('Opis problemu').fill(description)
    await page.getByLabel('Miejscowość lub osiedle').selectOption({ label: area.name })
    await page.getByLabel('Adres lub opis miejsca').fill('ul. Leśna 12, przy przejściu')
    await page.getByLabel('Adres e-mail').fill(email)
    await page.getByRole('checkbox', { name: /Zapoznałem się/ }).check()
  }

  const attachPhoto = async (page: Page) =>
    page
      .getByLabel(/Zdjęcia/)
      .setInputFiles({ name: 'IMG_0042.jpg', mimeType: 'image/jpeg', buffer: await phoneJpeg() })

  beforeAll(async () => {
    browser = await launchChromium()
    token = await adminToken()
    category = (await cmsApiOk('/report-categories?where[name][equals]=Oświetlenie uliczne&depth=0')).docs[0]
    area = (await cmsApiOk('/areas?sort=name&limit=1&depth=0')).docs[0]
    const handler = {
      email: `oswietlenie-${stamp()}@lipowawola.example.pl`,
      password: 'handler-password-123',
    }
    const user = await cmsApiOk('/users', {
      method: 'POST',
      token,
      body: JSON.stringify({ ...handler, name: 'Jan Latarnik', roles: ['reports-handler'] }),
    })
    await cmsApiOk(`/report-categories/${category.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ handlers: [user.doc.id] }),
    })
    handlerToken = (await cmsApiOk('/users/login', { method: 'POST', body: JSON.stringify(handler) }))
      .token as string
  })
  afterAll(async () => {
    await browser?.close()
    for (const id of created)
      await cmsApiOk(`/reports/${id}`, { method: 'DELETE', token }).catch(() => undefined)
  })

  it('reports with a photo, confirms from the outbox, is handled and answered, and shows up public without personal data', async () => {
    const email = `zglaszajacy-${stamp()}@example.pl`
    const description = `Nie świeci latarnia od tygodnia ${stamp()}`
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/zglos/`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Zgłoś problem')
    await expect(page.getByText('W nagłych wypadkach dzwoń 112').first().isVisible()).resolves.toBe(true)
    await fillReport(page, email, description)
    await attachPhoto(page)
    await page.waitForTimeout(FILL_TIME_MS)
    await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click()
    // Without a script the page could not note when it was shown: the CMS shows the form again, filled in.
    await expect(page.getByLabel('Opis problemu').inputValue()).resolves.toBe(description)
    await expect(page.getByLabel('Adres e-mail').inputValue()).resolves.toBe(email)
    await attachPhoto(page)
    await page.waitForTimeout(FILL_TIME_MS)
    await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Potwierdź zgłoszenie')
    expect(new URL(page.url()).origin).toBe(siteUrl)

    await runNotificationJobs()
    const [confirmation] = await mailsTo(email)
    expect(confirmation?.mail.subject).toMatch(/^Potwierdź zgłoszenie/)
    const confirmLink = linkIn(String(confirmation!.mail.text), '/api/public/zgloszenia/potwierdz')
    expect(confirmLink?.startsWith(`${siteUrl}/api/public/zgloszenia/potwierdz?t=`)).toBe(true)
    await page.goto(confirmLink!)
    await page.getByRole('button', { name: 'Potwierdzam zgłoszenie' }).click()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Zgłoszenie przyjęte')
    const statusLink = await page.getByRole('link', { name: 'stronie zgłoszenia' }).getAttribute('href')

    // The handler of the category sees it (with its photo), replies and closes it.
    const mine = await cmsApiOk(
      `/reports?depth=0&where[description][equals]=${encodeURIComponent(description)}`,
      {
        token: handlerToken,
      },
    )
    expect(mine.docs).toHaveLength(1)
    const report = mine.docs[0]
    created.push(report.id)
    expect(report.photos).toHaveLength(1)
    await cmsApiOk(`/reports/${report.id}`, {
      method: 'PATCH',
      token: handlerToken,
      body: JSON.stringify({ status: 'in-progress', reply: 'Ekipa wymieni oprawę do piątku.' }),
    })
    await cmsApiOk(`/reports/${report.id}`, {
      method: 'PATCH',
      token: handlerToken,
      body: JSON.stringify({ status: 'resolved', reply: 'Oprawa wymieniona. Dziękujemy za zgłoszenie.' }),
    })
    await runNotificationJobs()
    const subjects = (await mailsTo(email)).map((message) => message.mail.subject)
    expect(subjects).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/przyjęte do urzędu$/),
        expect.stringMatching(/: w realizacji$/),
        expect.stringMatching(/: załatwione$/),
        expect.stringMatching(/^Odpowiedź w sprawie zgłoszenia/),
      ]),
    )

    // The status page shows the history; the resident answers, and the office sees the answer.
    await page.goto(statusLink!)
    await expect(page.getByText('Załatwione').first().isVisible()).resolves.toBe(true)
    await expect(page.getByText('Ekipa wymieni oprawę do piątku.').isVisible()).resolves.toBe(true)
    await expect(page.getByText('Oprawa wymieniona.').isVisible()).resolves.toBe(true)
    await page.getByLabel('Twoja odpowiedź lub uzupełnienie').fill('Dziękuję, już świeci.')
    await page.getByRole('button', { name: 'Wyślij odpowiedź' }).click()
    await expect(page.getByText('Twoja odpowiedź trafiła do urzędu').isVisible()).resolves.toBe(true)
    const answers = await cmsApiOk(
      `/report-messages?where[report][equals]=${report.id}&where[kind][equals]=answer`,
      {
        token: handlerToken,
      },
    )
    expect(answers.docs.map((message: { body: string }) => message.body)).toEqual(['Dziękuję, już świeci.'])

    // Marked public by an administrator, it is on /zgloszenia/ after the next publish, without personal data.
    await cmsApiOk(`/reports/${report.id}`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({
        public: true,
        publicPlace: 'ul. Leśna',
        publicDescription: `Wymieniono oprawę latarni przy przejściu ${stamp()}.`,
      }),
    })
    await publishSite()
    await page.goto(`${siteUrl}/zgloszenia/`)
    const item = page.locator(`#zgloszenie-${report.id}`)
    await expect(item.textContent()).resolves.toContain('Załatwione')
    const text = (await item.textContent()) ?? ''
    expect(text).toContain(category.name)
    expect(text).toContain(area.name)
    expect(text).toContain('Wymieniono oprawę latarni')
    const whole = await page.content()
    for (const secret of [email, description, 'Leśna 12', 'Ekipa wymieni'])
      expect(whole).not.toContain(secret)
    await context.close()
  })

  it('with JavaScript, marks the place on the map drawn from the gmina’s own tile server only, and the report keeps the position', async () => {
    // The site build drew the map from the environment the global setup gave it (support/map-tiles.ts).
    expect(process.env.RATUSZ_MAP_TILE_URL).toBe(e2eMap.tileUrl)
    const tiles = await serveTiles()
    const context = await browser.newContext({ javaScriptEnabled: true })
    const page = await context.newPage()
    const hosts = new Set<string>()
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.protocol.startsWith('http')) hosts.add(url.origin)
    })
    try {
      const email = `mapa-${stamp()}@example.pl`
      const description = `Dziura w jezdni przy moście ${stamp()}`
      await page.goto(`${siteUrl}/zglos/`)
      const map = page.getByRole('group', { name: 'Miejsce na mapie (nieobowiązkowe)' })
      await map.locator('.leaflet-tile-loaded').first().waitFor()
      await fillReport(page, email, description)
      // The keyboard's way first (the centre under the cross-hair), then a click beside it, which wins.
      await page.getByRole('button', { name: 'Zaznacz środek mapy' }).click()
      await expect(map.getByRole('status').textContent()).resolves.toMatch(
        /^Zaznaczono miejsce na mapie: 50\.87/,
      )
      const canvas = map.locator('.report-map-canvas')
      const box = (await canvas.boundingBox())!
      await canvas.click({ position: { x: box.width / 2 + 40, y: box.height / 2 - 30 } })
      const lat = await page.locator('input[name="szerokosc"]').inputValue()
      const lon = await page.locator('input[name="dlugosc"]').inputValue()
      expect(Number(lat)).toBeGreaterThan(50.87)
      expect(Number(lon)).toBeGreaterThan(21.02)
      await page.waitForTimeout(FILL_TIME_MS)
      await page.getByRole('button', { name: 'Wyślij zgłoszenie' }).click()
      // The script noted when the form was shown: it goes through at once.
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Potwierdź zgłoszenie',
      )
      const stored = await cmsApiOk(
        `/reports?depth=0&where[contactEmail][equals]=${encodeURIComponent(email)}`,
        { token },
      )
      expect(stored.docs).toHaveLength(1)
      created.push(stored.docs[0].id)
      expect([stored.docs[0].latitude, stored.docs[0].longitude]).toEqual([Number(lat), Number(lon)])
      expect(tiles.requested.length).toBeGreaterThan(0)
      expect(tiles.requested.every((path) => /^\/\d+\/\d+\/\d+\.png$/.test(path))).toBe(true)
      // Nothing but the site itself and the configured tile server.
      expect([...hosts].sort()).toEqual([new URL(e2eMap.tileUrl).origin, siteUrl].sort())
    } finally {
      await context.close()
      await closeServer(tiles.server)
    }
  })

  it('issues an integrator’s Open311 key in the admin, shown once, which then posts a report', async () => {
    const record = await cmsApiOk('/open311-keys', {
      method: 'POST',
      token,
      body: JSON.stringify({ name: `Aplikacja ${stamp()}` }),
    })
    const context = await browser.newContext()
    const page = await context.newPage()
    try {
      await signIn(page)
      await page.goto(`${cmsUrl}/admin/collections/open311-keys/${record.doc.id}`)
      await page.getByRole('button', { name: 'Wydaj klucz' }).click()
      const key = (await page.locator('.ratusz-open311-key code').textContent()) ?? ''
      expect(key).toMatch(/^[\w-]{43}$/)
      const posted = await fetch(`${siteUrl}/api/open311/v2/requests.json`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          api_key: key,
          service_code: 'oswietlenie',
          description: 'Latarnia miga całą noc przy przystanku.',
          address_string: 'ul. Szkolna, przystanek',
          email: `apka-${stamp()}@example.pl`,
        }),
      })
      expect(posted.status).toBe(201)
      created.push(Number((await posted.json())[0].token))
      // Shown once: the screen opened again shows only the key's ending.
      await page.reload()
      await expect(page.getByRole('button', { name: 'Wydaj nowy klucz' }).isVisible()).resolves.toBe(true)
      await expect(page.locator('.ratusz-open311-key code').count()).resolves.toBe(0)
      expect(await page.content()).not.toContain(key)
    } finally {
      await context.close()
      await cmsApiOk(`/open311-keys/${record.doc.id}`, { method: 'DELETE', token }).catch(() => undefined)
    }
  })
})
