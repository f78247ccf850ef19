import { describe, expect, inject, it } from 'vitest'
import { useChromium } from './support/browser'
import { newEditor, signIn } from './support/admin-session'

/** The yearly statistics in the real admin build: the page renders for administrators only. */
describe('an administrator reads the yearly statistics', () => {
  const browser = useChromium()

  it('opens "Statystyki roczne", linked in the navigation: tables, charts with text alternatives, downloads', async () => {
    const page = await browser().newPage()
    await signIn(page)
    // the dashboard shows this month's traffic (the demo has imported no logs: it says so)
    const traffic = page.locator('section[aria-labelledby="ratusz-today-traffic"]')
    await traffic.waitFor({ timeout: 60_000 })
    await expect(traffic.innerText()).resolves.toMatch(/Odsłony stron w \S+: (brak danych|\d)/)

    // the navigation (a drawer, closed at this window's width) links to the page
    await expect(page.locator('#nav-ratusz-statystyki').first().getAttribute('href')).resolves.toBe(
      '/admin/statystyki',
    )
    await page.goto(`${inject('cmsUrl')}/admin/statystyki`)
    await page.getByRole('heading', { name: 'Statystyki roczne', level: 1 }).waitFor({ timeout: 60_000 })
    const year = new Date().getFullYear()
    await expect(page.getByRole('heading', { name: `Okres: rok ${year}` }).isVisible()).resolves.toBe(true)
    // the demo's articles of this year are counted in a table with a caption
    const publications = page.locator('section#publikacje table')
    await expect(publications.locator('caption').innerText()).resolves.toBe('Opublikowane w okresie')
    await expect(
      publications.locator('tr', { hasText: 'Aktualności' }).locator('td').innerText(),
    ).resolves.toMatch(/^\d+$/)
    // the subscribers' chart is an image named by its title and description
    const chart = page.locator('section#powiadomienia svg[role="img"]')
    if (await chart.count())
      await expect(chart.locator('title').first().textContent()).resolves.toMatch(/^Subskrybenci/)
    for (const name of ['Pobierz wszystkie tabele (CSV)', 'DOCX', 'HTML', 'CSV'])
      await expect(page.getByRole('link', { name, exact: true }).count()).resolves.toBeGreaterThan(0)

    // a range
    await page.fill('#ratusz-stats-od', `${year}-01-01`)
    await page.fill('#ratusz-stats-do', `${year}-03-31`)
    await page.getByRole('button', { name: 'Pokaż zakres' }).click()
    await page.waitForURL(/od=\d{4}-01-01&do=\d{4}-03-31/, { timeout: 60_000 })
    await expect(
      page.getByRole('heading', { name: `Okres: 1.01.${year}–31.03.${year}` }).isVisible(),
    ).resolves.toBe(true)
    await page.close()
  }, 180_000)

  it('refuses an editor, and offers no link to it', async () => {
    const editor = await newEditor()
    const page = await browser().newPage()
    await signIn(page, editor.email, editor.password)
    await expect(page.locator('#nav-ratusz-statystyki').count()).resolves.toBe(0)
    await page.goto(`${inject('cmsUrl')}/admin/statystyki`)
    await expect(
      page.getByRole('alert').filter({ hasText: 'dostępne dla administratorów' }).count(),
    ).resolves.toBe(1)
    await expect(page.locator('section#ruch').count()).resolves.toBe(0)
    await page.close()
  }, 180_000)
})
