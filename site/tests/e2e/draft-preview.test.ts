import { describe, expect, inject, it } from 'vitest'
import { body } from '../../../cms/tests/support/articles'
import { useChromium } from './support/browser'
import { adminToken, cmsApiOk } from './support/cms-api'
import { signIn } from './support/admin-session'

describe('"Podgląd" of a draft', () => {
  const browser = useChromium()

  it('is a button on the article, for signed-in users only, showing the draft as the site will', async () => {
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
    // signed in (the admin's session cookie): the draft's page, rendered by the run's warm renderer (held by the
    // global setup's process, as by `pnpm start`'s), in the site's layout, its styles and links from the site
    const answer = await page.goto(previewUrl)
    expect(answer?.status()).toBe(200)
    await expect(page.locator('h1').innerText()).resolves.toBe(title)
    await expect(page.locator('main').innerText()).resolves.toContain('Treść szkicu.')
    expect(await page.locator('base').getAttribute('href')).toMatch(
      new RegExp(`^${inject('siteUrl')}/aktualnosci/`),
    )
    // never published: the site does not have it
    const slug = String(draft.slug)
    expect((await fetch(`${inject('siteUrl')}/aktualnosci/${slug}/`)).status).toBe(404)
    await page.close()
    await cmsApiOk(`/articles/${draft.id}`, { method: 'DELETE', token })
  }, 120_000)
})
