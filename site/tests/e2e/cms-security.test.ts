import { describe, expect, inject, it } from 'vitest'
import { useChromium } from './support/browser'

/** The real CMS build (`next start`), as browsers and other sites meet it. */
describe('the CMS server protects the admin and its sessions', () => {
  const browser = useChromium()
  const cmsUrl = () => inject('cmsUrl')

  it('forbids framing by other sites and type sniffing, on the admin and on the API', async () => {
    for (const path of ['/admin/login', '/api/globals/site-settings']) {
      const response = await fetch(`${cmsUrl()}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-security-policy')).toBe("frame-ancestors 'self'")
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('same-origin')
    }
  })

  it('answers a client on the internet its requests a minute, then refuses in Polish; the publisher is not limited', async () => {
    // The reverse proxy adds the client's address as the last X-Forwarded-For entry; the e2e requests play a
    // client on the internet (a documentation address) and, without the header, the publisher on this machine.
    const asClient = (address: string) =>
      fetch(`${cmsUrl()}/api/globals/site-settings?depth=0`, { headers: { 'X-Forwarded-For': address } })
    const client = '203.0.113.77'
    let answered = 0
    for (let batch = 0; batch < 12 && answered < 600; batch++) {
      const statuses = await Promise.all(
        Array.from({ length: 50 }, () => asClient(client).then((response) => response.status)),
      )
      expect(statuses.every((status) => status === 200)).toBe(true)
      answered += statuses.length
    }
    const refused = await asClient(client)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
      /^Zbyt wiele zapytań z tego adresu\. Spróbuj ponownie za \d+ s\.$/,
    )
    expect((await asClient('203.0.113.78')).status).toBe(200)
    expect((await fetch(`${cmsUrl()}/api/globals/site-settings?depth=0`)).status).toBe(200)
  })

  it('takes a cookie-signed write from the admin’s own origin only', async () => {
    const login = await fetch(`${cmsUrl()}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: cmsUrl() },
      body: JSON.stringify({ email: inject('adminEmail'), password: inject('adminPassword') }),
    })
    expect(login.status).toBe(200)
    const setCookie = login.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token=')) ?? ''
    expect(setCookie).toMatch(/^payload-token=[^;]+; Expires=[^;]+; Path=\/; HttpOnly=true; SameSite=Lax$/)
    const cookie = setCookie.split(';')[0]!
    const category = (origin: string) =>
      fetch(`${cmsUrl()}/api/categories`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: origin },
        body: JSON.stringify({ name: `Kategoria z ${origin}` }),
      })
    expect((await category('http://evil.example')).status).toBe(403)
    expect((await category('null')).status).toBe(403)
    const own = await category(cmsUrl())
    expect(own.status).toBe(201)
    // The e2e tests share one CMS: the category made here must not show up, empty, in other tests' builds.
    const { doc } = (await own.json()) as { doc: { id: number } }
    const removed = await fetch(`${cmsUrl()}/api/categories/${doc.id}`, {
      method: 'DELETE',
      headers: { Cookie: cookie, Origin: cmsUrl() },
    })
    expect(removed.status).toBe(200)
  })

  it('asks for the current password on one’s own account page, in a password input', async () => {
    const page = await browser().newPage()
    await page.goto(`${cmsUrl()}/admin/login`)
    await page.fill('input[name="email"]', inject('adminEmail'))
    await page.fill('input[name="password"]', inject('adminPassword'))
    await page.click('button[type="submit"]')
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 })
    await page.goto(`${cmsUrl()}/admin/account`)
    const current = page.locator('input[name="currentPassword"]')
    await current.waitFor({ timeout: 60_000 })
    expect(await current.getAttribute('type')).toBe('password')
    await expect(page.getByText('Obecne hasło').first().isVisible()).resolves.toBe(true)
    await page.close()
  }, 120_000)
})
