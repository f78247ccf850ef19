import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useChromium } from './support/browser'
import { body } from '../../../cms/tests/support/articles'
import { adminToken, cmsApiOk } from './support/cms-api'
import { newEditor, signIn } from './support/admin-session'

/** The editor's side: the admin of the real CMS build, in a real browser. */
describe('an editor works in the Polish admin', () => {
  const browser = useChromium()

  it("greets at the login page with the gmina's coat of arms and name, not Payload's mark", async () => {
    const { gminaName } = await cmsApiOk('/globals/site-settings?depth=0')
    const page = await browser().newPage()
    await page.goto(`${inject('cmsUrl')}/admin/login`)
    const logo = page.locator('.ratusz-logo')
    await logo.waitFor({ timeout: 60_000 })
    await expect(logo.innerText()).resolves.toContain(gminaName)
    const arms = logo.locator('img')
    await expect(arms.count()).resolves.toBe(1)
    await expect(
      arms.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).resolves.toBe(true)
    await page.close()
  }, 120_000)

  it('signs in and gets an article form with the rich-text editor, in Polish', async () => {
    const page = await browser().newPage()
    await signIn(page)
    expect(await page.getAttribute('html', 'lang')).toBe('pl')

    await page.goto(`${inject('cmsUrl')}/admin/collections/articles/create`)
    await expect(page.getByText('Zapisz szkic').first().isVisible()).resolves.toBe(true)
    await expect(page.getByText('Nowy wpis: Aktualność').first().isVisible()).resolves.toBe(true)
    const editor = page.locator('[contenteditable="true"]').first()
    await editor.waitFor({ timeout: 60_000 })
    await editor.click()
    await page.keyboard.type('Zażółć gęślą jaźń')
    await expect(editor.textContent()).resolves.toContain('Zażółć gęślą jaźń')
    await page.close()
  }, 120_000)

  it('names repeatable rows in Polish and writes dates as "30.11.2026, 13:42"', async () => {
    const page = await browser().newPage()
    await signIn(page)

    await page.goto(`${inject('cmsUrl')}/admin/globals/site-settings`)
    await page.getByRole('button', { name: 'Dodaj termin' }).first().waitFor({ timeout: 60_000 })
    await expect(page.getByText('Termin 01').first().isVisible()).resolves.toBe(true)
    const text = await page.locator('body').innerText()
    expect(text).not.toMatch(/Office Hour|Dodaj (Office|Social)/)

    await page.goto(`${inject('cmsUrl')}/admin/collections/articles`)
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 })
    // date cells are filled in the browser
    await page.waitForFunction(
      () => !document.querySelector('table tbody')?.textContent?.includes('Ładowanie'),
      null,
      {
        timeout: 30_000,
      },
    )
    const rows = await page.locator('table tbody').first().innerText()
    expect(rows).toMatch(/\b\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}\b/)
    expect(rows).not.toMatch(/\b(AM|PM)\b/)
    // the "Wyróżniona" column: yes or no in words
    expect(rows).toMatch(/\b(tak|nie)\b/i)
    expect(rows).not.toMatch(/Prawda|Fałszywe|true|false/)
    await page.close()
  }, 120_000)

  it("shows a document's API tab to administrators only", async () => {
    const token = await adminToken()
    const editor = await newEditor()
    const { docs } = await cmsApiOk('/articles?limit=1&depth=0', { token })
    const articleUrl = `${inject('cmsUrl')}/admin/collections/articles/${docs[0].id}`
    const apiTab = async (page: Page) => {
      await page.goto(articleUrl)
      await page.getByText('Zapisz szkic').first().waitFor({ timeout: 60_000 })
      return page
        .locator('.doc-tabs a, .doc-tab a, [class*="doc-tab"] a')
        .filter({ hasText: /^API$/ })
        .count()
    }
    const asAdmin = await browser().newPage()
    await signIn(asAdmin)
    expect(await apiTab(asAdmin)).toBe(1)
    await asAdmin.close()
    const asEditor = await browser().newPage()
    await signIn(asEditor, editor.email, editor.password)
    expect(await apiTab(asEditor)).toBe(0)
    await asEditor.close()
  }, 120_000)

  it("opens on the day's work: the last publish, drafts, alerts and the day's actions", async () => {
    const token = await adminToken()
    const { docs: drafts } = await cmsApiOk(
      '/articles?draft=true&where[_status][equals]=draft&sort=-updatedAt&limit=1',
      {
        token,
      },
    )
    const stale = (
      await cmsApiOk('/articles', {
        method: 'POST',
        token,
        body: JSON.stringify({
          title: `Godziny otwarcia punktu selektywnej zbiórki ${Date.now().toString(36)}`,
          lead: 'Punkt jest czynny we wtorki i soboty.',
          body: body('Punkt jest czynny we wtorki i soboty.'),
          author: 'Referat Gospodarki Komunalnej',
          reviewBy: '2026-01-15T00:00:00.000Z',
          _status: 'published',
        }),
      })
    ).doc
    const page = await browser().newPage()
    await signIn(page)
    const today = page.locator('section.ratusz-today')
    await today.waitFor({ timeout: 60_000 })
    await expect(
      today.getByRole('heading', { name: 'Ostatnia publikacja serwisu' }).isVisible(),
    ).resolves.toBe(true)
    // the seed published the demo: its last publish is named with its state and time
    await expect(today.locator('[data-status]').first().innerText()).resolves.toMatch(
      /^(udana|nieudana|trwa|czeka w kolejce) · \d/,
    )
    await expect(today.getByRole('link', { name: drafts[0].title }).count()).resolves.toBeGreaterThan(0)
    await expect(today.getByRole('heading', { name: 'Komunikaty' }).isVisible()).resolves.toBe(true)
    // a published page past its review day is listed for review
    await expect(
      today
        .locator('section[aria-labelledby="ratusz-today-review"]')
        .getByRole('link', { name: stale.title })
        .count(),
    ).resolves.toBe(1)
    await expect(today.getByRole('link', { name: 'Nowa aktualność' }).getAttribute('href')).resolves.toBe(
      '/admin/collections/articles/create',
    )
    await expect(today.getByRole('link', { name: 'Zobacz serwis' }).getAttribute('href')).resolves.toMatch(
      /^http/,
    )
    await page.close()
  }, 120_000)

  it.each([
    ['articles', 'title'],
    ['events', 'title'],
    ['alerts', 'title'],
    ['bip-documents', 'title'],
  ])(
    'links a published %s to its page on the site ("Zobacz na stronie")',
    async (collection, titleField) => {
      const token = await adminToken()
      const { docs } = await cmsApiOk(
        `/${collection}?limit=1&depth=0&sort=createdAt&where[_status][equals]=published`,
        {
          token,
        },
      )
      const page = await browser().newPage()
      await signIn(page)
      await page.goto(`${inject('cmsUrl')}/admin/collections/${collection}/${docs[0].id}`)
      const state = page.locator('.ratusz-on-site')
      await state.waitFor({ timeout: 60_000 })
      await expect(state.getAttribute('data-site-state')).resolves.toMatch(/^(live|waiting|failed)$/)
      const href = await state.getByRole('link', { name: 'Zobacz na stronie' }).getAttribute('href')
      const onSite = await fetch(`${inject('siteUrl')}${new URL(href!).pathname}`)
      expect(onSite.status).toBe(200)
      expect(await onSite.text()).toContain(
        String(docs[0][titleField]).replaceAll('"', '&quot;').slice(0, 30),
      )
      await page.close()
    },
    120_000,
  )

  it('publishes a new article with its slug left empty, signed by the editor, and links to its page', async () => {
    const token = await adminToken()
    const { user } = await cmsApiOk('/users/me', { token })
    const page = await browser().newPage()
    await signIn(page)
    await page.goto(`${inject('cmsUrl')}/admin/collections/articles/create`)
    const title = page.locator('#field-title')
    await title.waitFor({ timeout: 60_000 })
    // the slug's help says to leave it empty: it is not marked required, the title is
    await expect(page.locator('label[for="field-title"] .required').count()).resolves.toBe(1)
    await expect(page.locator('label[for="field-slug"]').count()).resolves.toBe(1)
    await expect(page.locator('label[for="field-slug"] .required').count()).resolves.toBe(0)
    // the author defaults to the signed-in person's name
    await expect(page.locator('#field-author').inputValue()).resolves.toBe(user.name)
    const name = `Nowa ścieżka rowerowa ${Date.now().toString(36)}`
    // the rich text first: the editor hands its text to the form a moment after typing
    const editor = page.locator('[contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.type('Budowa potrwa do wiosny.')
    await title.fill(name)
    await page.locator('#field-lead').fill('Ścieżka połączy szkołę z boiskiem.')
    await page.getByRole('button', { name: 'Opublikuj zmiany' }).click()
    const toast = page.locator('[data-sonner-toast]', { hasText: 'serwis odświeży się w ciągu kilku sekund' })
    await toast.waitFor({ timeout: 30_000 }).catch(async (error: Error) => {
      const toasts = await page.locator('[data-sonner-toast]').allInnerTexts()
      throw new Error(`${error.message}\ntoasts: ${JSON.stringify(toasts)}`)
    })
    const href = await toast.getByRole('link', { name: 'Zobacz na stronie' }).getAttribute('href')
    expect(new URL(href!).pathname).toMatch(/^\/aktualnosci\/nowa-sciezka-rowerowa-[a-z0-9]+\/$/)
    const { docs } = await cmsApiOk(`/articles?depth=0&where[title][equals]=${encodeURIComponent(name)}`, {
      token,
    })
    expect(docs[0]).toMatchObject({ _status: 'published', author: user.name })
    expect(new URL(href!).pathname).toBe(`/aktualnosci/${docs[0].slug}/`)
    await page.close()
  }, 120_000)

  it('never signs the demo\'s articles "Administrator", on the site or in the CMS', async () => {
    const token = await adminToken()
    const { user } = await cmsApiOk('/users/me', { token })
    expect(user.name).not.toBe('Administrator')
    const { totalDocs } = await cmsApiOk('/articles?limit=1&depth=0&where[author][equals]=Administrator', {
      token,
    })
    expect(totalDocs).toBe(0)
    const pages = fs
      .readdirSync(path.join(inject('siteOutDir'), 'aktualnosci'), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('index.html'))
    expect(pages.length).toBeGreaterThan(1)
    for (const file of pages) {
      const html = fs.readFileSync(path.join(inject('siteOutDir'), 'aktualnosci', file), 'utf8')
      expect(html, file).not.toMatch(/autor: Administrator/)
    }
  })

  it('shows the registration link of an existing event as soon as its form opens', async () => {
    const token = await adminToken()
    const { docs } = await cmsApiOk(
      '/events?limit=1&depth=0&where[registration.url][exists]=true&where[registration.url][not_equals]=',
      { token },
    )
    expect(docs[0]?.registration?.url).toMatch(/^https?:\/\//)
    const page = await browser().newPage()
    await signIn(page)
    await page.goto(`${inject('cmsUrl')}/admin/collections/events/${docs[0].id}`)
    const url = page.locator('[id="field-registration__url"]')
    await url.waitFor({ state: 'visible', timeout: 60_000 })
    await expect(url.inputValue()).resolves.toBe(docs[0].registration.url)
    await page.close()
  }, 120_000)

  it("counts an alert's short text as the editor types, and says by how much it is over", async () => {
    const page = await browser().newPage()
    await signIn(page)
    await page.goto(`${inject('cmsUrl')}/admin/collections/alerts/create`)
    const shortText = page.locator('textarea[name="shortText"]')
    await shortText.waitFor({ timeout: 60_000 })
    await shortText.fill('Silny wiatr.')
    const count = page.locator('#field-shortText, .field-type.textarea').locator('.ratusz-count').first()
    await expect(count.innerText()).resolves.toBe('12 / 160 znaków')
    // The CMS sends SMS (its outbox): the parts each recipient's SMS takes, links included.
    await expect(page.locator('.ratusz-sms-parts').first().innerText()).resolves.toMatch(
      /^SMS z linkami: ok\. 3 części na odbiorcę \(polskie litery: 67 znaków na część\)$/,
    )
    await shortText.fill('x'.repeat(170))
    await expect(count.innerText()).resolves.toBe('170 / 160 znaków — o 10 znaków za dużo')
    await page.close()
  }, 120_000)

  it('says under "Powiadom subskrybentów" how many residents a new alert would reach', async () => {
    const page = await browser().newPage()
    await signIn(page)
    await page.goto(`${inject('cmsUrl')}/admin/collections/alerts/create`)
    const audience = page.locator('.ratusz-audience')
    await audience.waitFor({ timeout: 60_000 })
    await expect(audience.innerText()).resolves.toMatch(
      /^(Nikt z zapisanych na powiadomienia nie dostałby tego komunikatu\.|Po opublikowaniu powiadomienie dostanie \d+ (osoba|osoby|osób) \(.+\)\.)$/,
    )
    await page.close()
  }, 120_000)

  it('says under an article\'s "Powiadom subskrybentów" how many SMS parts it takes and what they cost', async () => {
    const token = await adminToken()
    // A sołtys added by the office, who gets news by SMS.
    await cmsApiOk('/subscriptions', {
      method: 'POST',
      token,
      body: JSON.stringify({
        channel: 'sms',
        address: `+48 600 ${String(Date.now()).slice(-6)}`,
        topics: ['news'],
        frequency: 'immediately',
        official: true,
        legalBasis: 'Art. 6 ust. 1 lit. e RODO: zadania sołtysa',
      }),
    })
    const page = await browser().newPage()
    await signIn(page)
    await page.goto(`${inject('cmsUrl')}/admin/collections/articles/create`)
    const title = page.locator('input[name="title"]')
    await title.waitFor({ timeout: 60_000 })
    await title.fill('Zebranie wiejskie w sprawie funduszu sołeckiego')
    const audience = page.locator('.ratusz-audience')
    await audience.waitFor({ timeout: 60_000 })
    await expect(audience.innerText()).resolves.toMatch(
      /^Po opublikowaniu powiadomienie dostanie \d+ (osoba|osoby|osób) \(.*SMS \d+.*\)\.$/,
    )
    const sms = page.locator('.ratusz-audience-sms')
    await sms.waitFor({ timeout: 60_000 })
    // Polish letters: UCS-2, 67 characters a part; the price from RATUSZ_SMS_PRICE (0.16 in this run).
    await expect(sms.innerText()).resolves.toMatch(
      /^SMS: \d+ odbiorc(a|y|ów) × ok\. \d+ części = \d+ części \(polskie litery: 67 znaków na część\), szacowany koszt \d+,\d\d\szł \(0,16\szł za część\)\.$/,
    )
    await page.close()
  }, 120_000)

  it('reports subscribers per group and channel on a chosen day and the months of its year, with CSV', async () => {
    const page = await browser().newPage()
    await signIn(page)
    await page.goto(`${inject('cmsUrl')}/admin`)
    // The menu links to it (the menu may be folded away on a narrow window).
    const link = page.locator('.ratusz-report-link').first()
    await link.waitFor({ state: 'attached', timeout: 60_000 })
    await expect(link.getAttribute('href')).resolves.toBe('/admin/raport-powiadomien')
    await page.goto(`${inject('cmsUrl')}/admin/raport-powiadomien`)
    const groups = page.locator('.ratusz-report-groups')
    await groups.waitFor({ timeout: 60_000 })
    await expect(groups.locator('thead').innerText()).resolves.toMatch(
      /Grupa\s+E-mail\s+SMS\s+Przeglądarka\s+Członkowie urzędowi\s+Razem/,
    )
    // Another day, by the form.
    await page.locator('input[name="dzien"]').fill('2026-01-31')
    await page.getByRole('button', { name: 'Pokaż' }).click()
    await page.waitForURL(/dzien=2026-01-31/)
    await expect(page.getByRole('heading', { level: 2 }).first().innerText()).resolves.toContain('2026-01-31')
    const months = page.locator('.ratusz-report-months')
    await expect(months.locator('tbody tr').count()).resolves.toBe(13)
    await expect(months.innerText()).resolves.toMatch(/styczeń[\s\S]*grudzień[\s\S]*Razem/)
    // Each table downloads as CSV from the counts endpoint (its CSV: cms/tests/integration/notifications*.test.ts).
    await expect(page.getByText('Pobierz tabelę grup (CSV)').getAttribute('href')).resolves.toBe(
      '/api/ratusz/powiadomienia/liczby?dzien=2026-01-31&format=csv',
    )
    await expect(page.getByText('Pobierz miesiące roku 2026 (CSV)').getAttribute('href')).resolves.toBe(
      '/api/ratusz/powiadomienia/liczby?dzien=2026-01-31&format=csv&tabela=miesiace',
    )
    await page.close()
  }, 120_000)
})
