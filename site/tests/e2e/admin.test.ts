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
    const editor = page.locator('[contenteditable="true"]').first()
    await editor.waitFor({ timeout: 60_000 })
    await editor.click()
    await page.keyboard.type('Zażółć gęślą jaźń')
    await expect(editor.textContent()).resolves.toContain('Zażółć gęślą jaźń')
    await page.close()
  }, 120_000)
})
