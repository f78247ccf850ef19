import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { ensureUser, rest, sessionCookie, TEST_PASSWORD } from '../support/rest'

/** The admin's origin in these tests (RATUSZ_CMS_URL of global-setup.ts, no RATUSZ_ADMIN_URL). */
const adminOrigin = new URL(process.env.RATUSZ_CMS_URL!).origin
const siteOrigin = new URL(process.env.RATUSZ_SITE_URL!).origin

describe('cross-site requests: a signed-in admin’s cookie works from the admin’s own origin only', () => {
  let payload: Payload
  let cookie: string
  let setCookie: string

  beforeAll(async () => {
    payload = await testPayload()
    const email = 'admin-csrf@example.pl'
    await ensureUser(payload, email, ['admin'])
    const login = await rest(payload, 'POST', '/users/login', {
      body: { email, password: TEST_PASSWORD },
      headers: { Origin: adminOrigin },
    })
    expect(login.status).toBe(200)
    cookie = sessionCookie(login)
    setCookie = login.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))!
  })

  const newAdmin = () => ({
    email: `${unique('wlamywacz').replace(/\s/g, '')}@example.pl`,
    password: 'bardzo-tajne-haslo-2026',
    name: 'Włamywacz',
    roles: ['admin'],
  })

  it.each([
    ['another site', 'http://evil.example'],
    ['an opaque origin (sandboxed frame, file:)', 'null'],
    ['the public site of the gmina', siteOrigin],
  ])('refuses a cookie-signed write from %s', async (_what, origin) => {
    const data = newAdmin()
    const create = await rest(payload, 'POST', '/users', {
      body: data,
      headers: { Cookie: cookie, Origin: origin },
    })
    expect(create.status).toBe(403)
    const found = await payload.find({ collection: 'users', where: { email: { equals: data.email } } })
    expect(found.totalDocs).toBe(0)
  })

  it('refuses a cookie-signed write without Origin from a non-browser client', async () => {
    const create = await rest(payload, 'POST', '/users', { body: newAdmin(), headers: { Cookie: cookie } })
    expect(create.status).toBe(403)
  })

  it('accepts the same write from the admin’s own origin', async () => {
    const data = newAdmin()
    const create = await rest(payload, 'POST', '/users', {
      body: data,
      headers: { Cookie: cookie, Origin: adminOrigin },
    })
    expect(create.status).toBe(201)
    expect(create.body.doc.email).toBe(data.email)
  })

  it('lets no other origin read answers with credentials (CORS)', async () => {
    const evil = await rest(payload, 'GET', '/users/me', {
      headers: { Cookie: cookie, Origin: 'http://evil.example' },
    })
    expect(evil.headers.get('Access-Control-Allow-Origin')).toBe(null)
    expect(evil.body.user).toBe(null)
    const own = await rest(payload, 'GET', '/users/me', { headers: { Cookie: cookie, Origin: adminOrigin } })
    expect(own.headers.get('Access-Control-Allow-Origin')).toBe(adminOrigin)
    expect(own.body.user.email).toBe('admin-csrf@example.pl')
  })

  it('sends the session cookie to the admin’s host only, never to scripts, and not cross-site', () => {
    const attributes = setCookie.split(';').map((part) => part.trim().split('=')[0]!.toLowerCase())
    expect(attributes).not.toContain('domain')
    expect(attributes).toContain('httponly')
    expect(setCookie).toContain('SameSite=Lax')
    expect(setCookie).toContain('Path=/')
    // The tests' admin is plain http on this machine: no Secure (see the https case in env.test.ts).
    expect(attributes).not.toContain('secure')
  })

  it('shows no Gravatar (an editor’s e-mail hash would go to a third party)', () => {
    expect(payload.config.admin.avatar).toBe('default')
  })
})
