import { describe, expect, inject, it } from 'vitest'
import { body } from '../../../cms/tests/support/articles'
import { useChromium } from './support/browser'
import { adminToken, cmsApiOk } from './support/cms-api'
import { signIn } from './support/admin-session'

describe('"Podgląd" of a draft', () => {
  const browser = useChromium()

  it('is a button on the article, for signed-in users only; without the warm publisher it says why', async () => {
    const token = await adminToken()
    const title = `Szkic do podglądu ${Date.now().toString(36)}`
    const draft = (
      await cmsApiOk('/articles?draft=true', {
        method: 'POST',
        token,
        body: JSON.stringify({
          title,
          lead: 'Zajawka szkicu.',
          body: body('Treść szkicu.'),
          author: 'Referat Promocji',
          _status: 'draft',
        }),
      })
    ).doc
    const previewUrl = `${inject('cmsUrl')}/api/ratusz/podglad/articles/${draft.id}`
    // anonymous: 401, never the draft
    const anonymous = await fetch(previewUrl)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).not.toContain(title)

    const page = await browser().newPage()
    await signIn(page)
    await page.goto(`${inject('cmsUrl')}/admin/collections/articles/${draft.id}`)
    const button = page.locator('#preview-button')
    await button.waitFor({ timeout: 60_000 })
    expect(await button.getAttribute('href')).toMatch(new RegExp(`/api/ratusz/podglad/articles/${draft.id}$`))
    // signed in (the admin's session cookie), with RATUSZ_WARM_PUBLISH off as in this run: the reason, in Polish
    const answer = await page.goto(previewUrl)
    expect(answer?.status()).toBe(503)
    await expect(page.locator('body').innerText()).resolves.toContain('Podgląd wymaga szybkiej publikacji')
    await page.close()
    await cmsApiOk(`/articles/${draft.id}`, { method: 'DELETE', token })
  }, 120_000)
})
