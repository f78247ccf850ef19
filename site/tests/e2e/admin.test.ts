import { describe, expect, inject, it } from 'vitest'
import { useChromium } from './support/browser'

/** The editor's side: the admin of the real CMS build, in a real browser. */
describe('an editor works in the Polish admin', () => {
  const browser = useChromium()

  it('signs in and gets an article form with the rich-text editor, in Polish', async () => {
    const page = await browser().newPage()
    await page.goto(`${inject('cmsUrl')}/admin/login`)
    expect(await page.getAttribute('html', 'lang')).toBe('pl')
    await page.fill('input[name="email"]', inject('adminEmail'))
    await page.fill('input[name="password"]', inject('adminPassword'))
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })

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
    await page.goto(`${inject('cmsUrl')}/admin/login`)
    await page.fill('input[name="email"]', inject('adminEmail'))
    await page.fill('input[name="password"]', inject('adminPassword'))
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })

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
})
