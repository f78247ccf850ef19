import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { rawHeaders, readOutbox, recipientsOf } from '../../../cms/tests/support/outbox-mail'
import { launchChromium } from './support/browser'
import { adminToken, cmsApiOk } from './support/cms-api'

const siteUrl = inject('siteUrl')
const outboxDir = inject('outboxDir')
const smsOutboxDir = inject('smsOutboxDir')
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/** The form refuses what is sent faster than a person fills it (3 s by default). */
const FILL_TIME_MS = 3_500

/**
 * Notifications as a resident lives them, in Chromium against the static site (whose /api/public/ goes to the
 * CMS, as nginx sends it): sign up on /powiadomienia/, confirm from the .eml the CMS wrote to its outbox, get an
 * alert published for the area with the right headers, unsubscribe with one click, and get nothing after.
 */
describe('notifications, from the sign-up form to the unsubscribe', () => {
  let browser: Browser
  let token: string
  let area: { id: number; name: string }

  /** Runs the CMS's notification jobs now (the e2e CMS runs no jobs by itself). */
  const runNotificationJobs = async () => {
    for (let round = 0; round < 3; round++)
      await cmsApiOk('/payload-jobs/run?queue=notifications&limit=50', { token })
  }

  /** The SMS the CMS wrote to its outbox for a number, oldest first: their text after the header lines. */
  const smsTo = (number: string) =>
    (fs.existsSync(smsOutboxDir)
      ? fs
          .readdirSync(smsOutboxDir)
          .filter((file) => file.endsWith('.txt'))
          .sort()
      : []
    )
      .map((file) => fs.readFileSync(path.join(smsOutboxDir, file), 'utf8'))
      .filter((content) => content.startsWith(`Do: ${number}\n`))
      .map((content) => content.split('\n\n').slice(1).join('\n\n'))

  const mailsTo = async (address: string) =>
    (await readOutbox(outboxDir)).filter((message) => recipientsOf(message.mail).includes(address))

  /** The alerts this file publishes: deleted after it, so the other files see the seeded alerts only. */
  const published: number[] = []

  const publishAlert = async (title: string) => {
    const created = await cmsApiOk('/alerts', {
      method: 'POST',
      token,
      body: JSON.stringify({
        title,
        kind: 'powodz',
        severity: 'alarm',
        shortText: 'Wezbranie Lipówki. Zabezpiecz mienie i nie zbliżaj się do rzeki.',
        areas: [area.id],
        validFrom: new Date(Date.now() - 60_000).toISOString(),
        validUntil: new Date(Date.now() + 6 * 3_600_000).toISOString(),
        _status: 'published',
      }),
    })
    published.push(created.doc.id)
    await runNotificationJobs()
  }

  /** Fills the sign-up form for one address and the area, as a person would, and sends it. */
  const fillAndSend = async (page: Page, email: string) => {
    await page.getByLabel('Adres e-mail').fill(email)
    await page.getByRole('checkbox', { name: area.name, exact: true }).check()
    await page.getByRole('checkbox', { name: /Zapoznałem się/ }).check()
    await page.waitForTimeout(FILL_TIME_MS)
    await page.getByRole('button', { name: 'Zapisz się' }).click()
  }

  beforeAll(async () => {
    browser = await launchChromium()
    token = await adminToken()
    const areas = await cmsApiOk('/areas?sort=name&limit=1&depth=0')
    area = areas.docs[0]
  })
  afterAll(async () => {
    await browser?.close()
    for (const id of published) await cmsApiOk(`/alerts/${id}`, { method: 'DELETE', token })
  })

  it('signs up without JavaScript, confirms from the e-mail, gets the alert, unsubscribes with one click', async () => {
    const email = `mieszkaniec-${stamp()}@example.pl`
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/powiadomienia/`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Powiadomienia')
    await fillAndSend(page, email)
    // Without a script the page could not note when it was shown: the CMS shows the form again, filled in.
    await expect(page.getByLabel('Adres e-mail').inputValue()).resolves.toBe(email)
    await expect(page.getByRole('checkbox', { name: area.name, exact: true }).isChecked()).resolves.toBe(true)
    await page.waitForTimeout(FILL_TIME_MS)
    await page.getByRole('button', { name: 'Zapisz się' }).click()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Sprawdź skrzynkę e-mail',
    )
    expect(new URL(page.url()).origin).toBe(siteUrl)

    await runNotificationJobs()
    const [confirmation] = await mailsTo(email)
    expect(confirmation?.mail.subject).toMatch(/^Potwierdź zapis na powiadomienia/)
    const confirmLink = /href="([^"]*\/potwierdz\?t=[^"]+)"/.exec(String(confirmation!.mail.html))?.[1]
    expect(confirmLink?.startsWith(`${siteUrl}/api/public/powiadomienia/potwierdz?t=`)).toBe(true)
    await page.goto(confirmLink!.replaceAll('&amp;', '&'))
    await page.getByRole('button', { name: 'Potwierdzam zapis' }).click()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Zapis potwierdzony')

    const title = `Alarm powodziowy ${stamp()}`
    await publishAlert(title)
    const alertMail = (await mailsTo(email)).find((message) => message.mail.subject === `ALARM: ${title}`)
    expect(alertMail).toBeDefined()
    const headers = rawHeaders(alertMail!.raw)
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m)
    const unsubscribe = /^List-Unsubscribe: <([^>]+)>/m.exec(headers)?.[1]
    expect(unsubscribe?.startsWith(`${siteUrl}/api/public/powiadomienia/wypisz?t=`)).toBe(true)
    expect(alertMail!.mail.text).toContain(area.name)

    // What a mail program does for "Unsubscribe" (RFC 8058): one POST, no page.
    const oneClick = await fetch(unsubscribe!, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.status).toBe(200)

    const after = `Drugi alarm ${stamp()}`
    await publishAlert(after)
    expect((await mailsTo(email)).some((message) => message.mail.subject?.includes(after))).toBe(false)
    await context.close()
  })

  it('with JavaScript, takes the form at the first try; its page passes without any other script', async () => {
    const email = `z-js-${stamp()}@example.pl`
    const page = await browser.newPage()
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname)
    })
    await page.goto(`${siteUrl}/powiadomienia/`)
    await fillAndSend(page, email)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Sprawdź skrzynkę e-mail',
    )
    expect(scripts.every((script) => script.startsWith('/_astro/'))).toBe(true)
    await page.close()
  })

  it('keeps what was typed and names the mistake when the address is wrong', async () => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/powiadomienia/`)
    await fillAndSend(page, 'jan.kowalski@')
    // the browser's own check of type="email" would stop a person; a bot or an old browser sends it anyway
    if (new URL(page.url()).pathname === '/powiadomienia/') {
      await page.evaluate(() => document.querySelector('form.resident-form')?.setAttribute('novalidate', ''))
      await page.getByRole('button', { name: 'Zapisz się' }).click()
    }
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Wpisz poprawny adres e-mail')
    await expect(page.getByLabel('Adres e-mail').inputValue()).resolves.toBe('jan.kowalski@')
    await page.close()
  })

  it('signs up by SMS with the code the SMS brought, and gets the alert by SMS; offers the browser where it can', async () => {
    const phone = `50${String(Date.now()).slice(-7)}`
    const page = await browser.newPage()
    await page.goto(`${siteUrl}/powiadomienia/`)
    // Chromium can receive notifications in the browser: the script shows that choice.
    await expect(page.getByRole('radio', { name: /Powiadomienia w przeglądarce/ }).isVisible()).resolves.toBe(
      true,
    )
    await page.getByRole('radio', { name: 'SMS' }).check()
    await page.getByLabel('Numer telefonu komórkowego').fill(phone)
    await page.getByRole('checkbox', { name: area.name, exact: true }).check()
    await page.getByRole('checkbox', { name: /Zapoznałem się/ }).check()
    await page.waitForTimeout(FILL_TIME_MS)
    await page.getByRole('button', { name: 'Zapisz się' }).click()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Wpisz kod z SMS-a')

    await runNotificationJobs()
    const code = /^(\d{6}) - kod/.exec(smsTo(`+48${phone}`)[0] ?? '')?.[1]
    expect(code).toMatch(/^\d{6}$/)
    await page.getByLabel('Kod z SMS-a').fill(code!)
    await page.getByRole('button', { name: 'Potwierdzam zapis' }).click()
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Zapis potwierdzony')

    const title = `Alarm SMS ${stamp()}`
    await publishAlert(title)
    const [alertSms] = smsTo(`+48${phone}`).slice(1)
    expect(alertSms).toContain('ALARM: Wezbranie Lipówki. Zabezpiecz mienie i nie zbliżaj się do rzeki.')
    expect(alertSms).toContain(`${siteUrl}/komunikaty/`)
    const manageLink = /Wypisz się: (\S+)/.exec(alertSms ?? '')?.[1]
    expect(manageLink?.startsWith(`${siteUrl}/api/public/z/`)).toBe(true)
    await page.goto(manageLink!)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Twoje powiadomienia')
    await page.close()
  })

  it('without the browser’s permission, says so in Polish; the service worker is served', async () => {
    const worker = await fetch(`${siteUrl}/powiadomienia-sw.js`)
    expect(worker.status).toBe(200)
    expect(await worker.text()).toContain("addEventListener('notificationclick'")
    const context = await browser.newContext()
    await context.grantPermissions([], { origin: siteUrl })
    const page = await context.newPage()
    await page.goto(`${siteUrl}/powiadomienia/`)
    await page.getByRole('radio', { name: /Powiadomienia w przeglądarce/ }).check()
    await page.getByRole('checkbox', { name: /Zapoznałem się/ }).check()
    await page.waitForTimeout(FILL_TIME_MS)
    await page.getByRole('button', { name: 'Zapisz się' }).click()
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Przeglądarka nie włączyła powiadomień',
    )
    await context.close()
  })
})
