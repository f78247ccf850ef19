import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { liveRelease } from '@ratusz/publisher'
import { body } from '../../../cms/tests/support/articles'
import { useChromium } from './support/browser'
import { adminToken, cmsApi, cmsApiOk } from './support/cms-api'
import { newEditor, signIn } from './support/admin-session'

/** Two releases of the site in the CMS's sites folder, the newer one live; returns their ids, oldest first. */
const twoReleases = (sitesDir: string): [string, string] => {
  const ids: [string, string] = ['20261130T080000-000Z-1', '20261130T090000-000Z-1']
  for (const id of ids) {
    fs.mkdirSync(path.join(sitesDir, 'releases', id), { recursive: true })
    fs.writeFileSync(path.join(sitesDir, 'releases', id, 'index.html'), `<title>${id}</title>`)
  }
  fs.rmSync(path.join(sitesDir, 'live'), { force: true })
  fs.symlinkSync(path.join('releases', ids[1]), path.join(sitesDir, 'live'))
  return ids
}

/** Confirms the action of a button in its confirmation dialog; resolves when a toast says `outcome`. */
const confirmAction = async (page: Page, label: string, outcome: string): Promise<void> => {
  await page.getByRole('button', { name: label, exact: true }).first().click()
  const dialog = page.locator('.confirmation-modal').filter({ hasText: `${label}?` })
  await dialog.waitFor({ timeout: 30_000 })
  await dialog.getByRole('button', { name: label, exact: true }).click()
  await page.locator('[data-sonner-toast]', { hasText: outcome }).waitFor({ timeout: 30_000 })
}

describe('the publish log', () => {
  const browser = useChromium()
  const logUrl = () => `${inject('cmsUrl')}/admin/collections/site-publishes`

  it('reads as lines of changes, grouped and shortened, with times only on demand', async () => {
    const token = await adminToken()
    const { docs } = await cmsApiOk('/site-publishes?limit=1&depth=0&sort=-createdAt', { token })
    const page = await browser().newPage()
    await signIn(page)
    await page.goto(logUrl())
    const firstRow = page.locator('table tbody tr').first()
    await firstRow.waitFor({ timeout: 60_000 })
    // the row's reasons may come a moment after the row: wait for them, do not sample them once
    await firstRow.locator('.ratusz-reasons li').first().waitFor({ timeout: 30_000 })
    const lines = await firstRow.locator('.ratusz-reasons li').allInnerTexts()
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.length).toBeLessThanOrEqual(3)
    for (const line of lines) expect(line).not.toContain('; ')
    // the record: every line, the status in Polish, the times folded away
    await page.goto(`${logUrl()}/${docs[0].id}`)
    const reasons = page.locator('.ratusz-reasons-field')
    await reasons.waitFor({ timeout: 60_000 })
    const all = await reasons.locator('li').allInnerTexts()
    expect(all.length).toBeGreaterThanOrEqual(lines.length)
    expect(all.join('\n')).not.toMatch(/: zmiana$/m)
    // the status in Polish: waited for, the record's form may still say "Ładowanie..."
    await page
      .getByText(/W kolejce|W toku|Opublikowano|Nie udało się/)
      .first()
      .waitFor({ timeout: 30_000 })
    // which way the site was built is in view; the step times are folded away with the other times
    await page.locator('.field-type.select', { hasText: 'Sposób' }).first().waitFor({ timeout: 10_000 })
    const started = page.locator('#field-startedAt')
    const steps = page.locator('#field-steps')
    await expect(started.isVisible()).resolves.toBe(false)
    await expect(steps.isVisible()).resolves.toBe(false)
    await page
      .locator('.collapsible', { hasText: 'Szczegóły: czasy i wersja serwisu' })
      .locator('.collapsible__toggle')
      .first()
      .click()
    await started.waitFor({ state: 'visible', timeout: 10_000 })
    await steps.waitFor({ state: 'visible', timeout: 10_000 })
    await page.close()
  }, 120_000)

  it("links each changed record's name to the record in the admin", async () => {
    const token = await adminToken()
    const title = `Zmiana organizacji ruchu ${Date.now().toString(36)}`
    const article = (
      await cmsApiOk('/articles', {
        method: 'POST',
        token,
        body: JSON.stringify({
          title,
          lead: 'Od poniedziałku objazd ulicą Polną.',
          body: body('Od poniedziałku objazd ulicą Polną.'),
          author: 'Referat Gospodarki Komunalnej',
          _status: 'published',
        }),
      })
    ).doc
    const query = `where[reason][contains]=${encodeURIComponent(title)}&limit=1&depth=0`
    const { docs } = await cmsApiOk(`/site-publishes?${query}`, { token })
    const page = await browser().newPage()
    await signIn(page)
    await page.goto(`${logUrl()}/${docs[0].id}`)
    const link = page.locator('.ratusz-reasons-field').getByRole('link', { name: `„${title}”` })
    await link.waitFor({ timeout: 60_000 })
    await link.click()
    await page.waitForURL(`**/admin/collections/articles/${article.id}`, { timeout: 60_000 })
    await cmsApiOk(`/articles/${article.id}`, { method: 'DELETE', token })
    await page.close()
  }, 120_000)

  it('lets an administrator publish again and roll the site back, each confirmed and logged', async () => {
    const [older] = twoReleases(inject('cmsSitesDir'))
    const page = await browser().newPage()
    await signIn(page)
    await page.goto(logUrl())
    await page.locator('.ratusz-publish-actions').waitFor({ timeout: 60_000 })

    await confirmAction(page, 'Opublikuj ponownie', 'serwis odświeży się w ciągu kilku sekund')
    const token = await adminToken()
    const newest = async () =>
      (await cmsApiOk('/site-publishes?limit=1&depth=0&sort=-updatedAt', { token })).docs[0]
    expect((await newest()).reason).toMatch(/Ponowna publikacja serwisu — polecenie: \S/)
    // the list refreshes itself after the confirmation: wait for the row, do not sample it once
    await page
      .locator('table tbody')
      .getByText(/^Ponowna publikacja serwisu — polecenie:/)
      .first()
      .waitFor({ timeout: 30_000 })

    await confirmAction(
      page,
      'Przywróć poprzednią wersję serwisu',
      `Serwis pokazuje znowu poprzednią wersję (${older})`,
    )
    expect(liveRelease(inject('cmsSitesDir'))).toBe(older)
    const rollback = await newest()
    expect(rollback).toMatchObject({ status: 'succeeded', releaseId: older })
    expect(rollback.reason).toMatch(/^Przywrócenie poprzedniej wersji serwisu — polecenie: \S/)
    await page.close()

    // nothing older left: refused, logged as failed, the live release untouched
    const again = await cmsApi('/site-publishes/rollback', { method: 'POST', token })
    expect(again.status).toBe(409)
    expect(again.body.message).toContain('nie ma starszej wersji serwisu')
    expect(await newest()).toMatchObject({ status: 'failed' })
    expect(liveRelease(inject('cmsSitesDir'))).toBe(older)
  }, 120_000)

  it('gives an editor neither action: no buttons, and 403 from both endpoints', async () => {
    const editor = await newEditor()
    const { body } = await cmsApi('/users/login', {
      method: 'POST',
      body: JSON.stringify(editor),
    })
    for (const action of ['republish', 'rollback']) {
      const answer = await cmsApi(`/site-publishes/${action}`, { method: 'POST', token: body.token })
      expect(answer.status).toBe(403)
    }
    const page = await browser().newPage()
    await signIn(page, editor.email, editor.password)
    await page.goto(logUrl())
    await page.locator('table tbody tr').first().waitFor({ timeout: 60_000 })
    await expect(page.locator('.ratusz-publish-actions').count()).resolves.toBe(0)
    await page.close()
  }, 120_000)
})
