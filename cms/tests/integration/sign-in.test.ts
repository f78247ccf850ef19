import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../support/payload'
import { ensureUser, rest, TEST_PASSWORD } from '../support/rest'

/** A sign-in from a given client address (as Next.js and the reverse proxy pass it). */
const signInFrom = (payload: Payload, address: string, email: string, password: string) =>
  rest(payload, 'POST', '/users/login', {
    body: { email, password },
    headers: { 'X-Forwarded-For': address },
  })

const messages = (body: any): string[] =>
  (body?.errors ?? []).map((error: { message: string }) => error.message)

describe('sign-in: throttled per address and per account, never locked', () => {
  let payload: Payload
  const mayor = 'wojt-throttle@example.pl'

  beforeAll(async () => {
    payload = await testPayload()
    await ensureUser(payload, mayor, ['admin'])
  })

  it('answers 429 with a Polish message and Retry-After after 5 wrong passwords from one address', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const wrong = await signInFrom(payload, '203.0.113.10', mayor, `zle-haslo-numer-${attempt}`)
      expect(wrong.status).toBe(401)
    }
    const throttled = await signInFrom(payload, '203.0.113.10', mayor, 'zle-haslo-numer-6')
    expect(throttled.status).toBe(429)
    expect(messages(throttled.body)).toEqual([
      'Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za 15 min albo ustaw nowe hasło („Nie pamiętasz hasła?”).',
    ])
    const retryAfter = Number(throttled.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(14 * 60)
    expect(retryAfter).toBeLessThanOrEqual(15 * 60)
    // Even the right password waits from there: the guesser cannot go on.
    expect((await signInFrom(payload, '203.0.113.10', mayor, TEST_PASSWORD)).status).toBe(429)
  })

  it('does not lock the account: its owner signs in from elsewhere (Payload’s lock-out is off)', async () => {
    const owner = await signInFrom(payload, '198.51.100.7', mayor, TEST_PASSWORD)
    expect(owner.status).toBe(200)
    expect(payload.collections.users.config.auth.maxLoginAttempts).toBe(0)
  })

  it('lets the owner in from a browser they signed in from before, while strangers fill every counter', async () => {
    const clerk = 'sekretarz-urzadzenie@example.pl'
    await ensureUser(payload, clerk, ['editor'])
    const first = await signInFrom(payload, '198.51.100.50', clerk, TEST_PASSWORD)
    expect(first.status).toBe(200)
    const setCookie = first.headers.getSetCookie().find((cookie) => cookie.startsWith('ratusz-known-device='))
    expect(setCookie).toMatch(
      /^ratusz-known-device=[\w-]+\.[\w-]+; Path=\/api\/users; Max-Age=31536000; HttpOnly; SameSite=Strict$/,
    )
    const device = setCookie!.split(';')[0]!
    // A stranger's 100 wrong passwords from 100 addresses (or one forged X-Forwarded-For each) fill the
    // account's own counter: a new browser must wait, even with the right password.
    for (let attempt = 1; attempt <= 100; attempt++) {
      const wrong = await signInFrom(payload, `198.18.0.${attempt}`, clerk, `zgadywane-haslo-${attempt}`)
      expect(wrong.status).toBe(401)
    }
    expect((await signInFrom(payload, '198.51.100.51', clerk, TEST_PASSWORD)).status).toBe(429)
    const fromKnown = (password: string) =>
      rest(payload, 'POST', '/users/login', {
        body: { email: clerk, password },
        headers: { 'X-Forwarded-For': '198.51.100.52', Cookie: device },
      })
    expect((await fromKnown(TEST_PASSWORD)).status).toBe(200)
    // The known browser has a counter of its own: a stolen cookie does not open unlimited guessing.
    for (let attempt = 1; attempt <= 5; attempt++)
      expect((await fromKnown(`zle-haslo-${attempt}`)).status).toBe(401)
    expect((await fromKnown('zle-haslo-6')).status).toBe(429)
    // A cookie signed for another account counts for nothing here.
    const forged = await rest(payload, 'POST', '/users/login', {
      body: { email: clerk, password: TEST_PASSWORD },
      headers: { 'X-Forwarded-For': '198.51.100.53', Cookie: device.replace(/\.[\w-]+$/, '.podrobiony') },
    })
    expect(forged.status).toBe(429)
  }, 180_000)

  it('throttles one address guessing across many accounts after 20 failures', async () => {
    const address = '203.0.113.20'
    for (let attempt = 1; attempt <= 20; attempt++) {
      const wrong = await signInFrom(payload, address, `nieznany-${attempt}@example.pl`, 'jakies-haslo-123')
      expect(wrong.status).toBe(401)
    }
    const throttled = await signInFrom(payload, address, 'nieznany-21@example.pl', 'jakies-haslo-123')
    expect(throttled.status).toBe(429)
    expect(Number(throttled.headers.get('Retry-After'))).toBeGreaterThan(0)
  }, 120_000)

  it('answers unknown and known accounts alike, in the same time', async () => {
    const time = async (email: string, address: string) => {
      const started = performance.now()
      const answer = await signInFrom(payload, address, email, 'niepoprawne-haslo-123')
      return { ms: performance.now() - started, answer }
    }
    const known: number[] = []
    const unknown: number[] = []
    for (let round = 0; round < 6; round++) {
      const k = await time(mayor, `192.0.2.${round}`)
      const u = await time(`nikt-${round}@example.pl`, `192.0.2.${round}`)
      expect(k.answer.status).toBe(401)
      expect(u.answer.status).toBe(401)
      expect(u.answer.body).toEqual(k.answer.body)
      known.push(k.ms)
      unknown.push(u.ms)
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const ratio = median(unknown) / median(known)
    // Before, an unknown address answered about 20 times faster; a busy machine blurs the rest.
    expect(ratio).toBeGreaterThan(0.5)
    expect(ratio).toBeLessThan(2)
  }, 120_000)
})

describe('passwords: NIST SP 800-63B rules for staff', () => {
  let payload: Payload
  let admin: string

  beforeAll(async () => {
    payload = await testPayload()
    await ensureUser(payload, 'admin-hasla@example.pl', ['admin'])
    admin = (
      await rest(payload, 'POST', '/users/login', {
        body: { email: 'admin-hasla@example.pl', password: TEST_PASSWORD },
      })
    ).body.token
  })

  const create = (password: string, email: string) =>
    rest(payload, 'POST', '/users', {
      token: admin,
      body: { email, password, name: 'Nowa Osoba', roles: ['editor'] },
    })
  const detail = (body: any): string[] =>
    (body?.errors ?? []).flatMap((error: any) => (error.data?.errors ?? []).map((item: any) => item.message))

  it('refuses fewer than 12 characters, in Polish', async () => {
    const short = await create('krotkie-123', 'krotkie@example.pl')
    expect(short.status).toBe(400)
    expect(detail(short.body)).toEqual([
      'Hasło musi mieć co najmniej 12 znaków. Najłatwiej zapamiętać kilka słów, np. „zielony rower nad Wisłą”.',
    ])
  })

  it('refuses a password from the list of common passwords, whatever the letter case', async () => {
    const common = await create('QWERTY123456', 'popularne@example.pl')
    expect(common.status).toBe(400)
    expect(detail(common.body)).toEqual([
      'To hasło jest na liście najczęściej używanych haseł i łatwo je odgadnąć. Wybierz inne, np. kilka słów, które zapamiętasz.',
    ])
  })

  it('asks for nothing else: a lower-case phrase with spaces is fine', async () => {
    const phrase = await create('zielony rower nad wisłą', 'fraza@example.pl')
    expect(phrase.status).toBe(201)
  })
})

describe('changing one’s password', () => {
  let payload: Payload
  const email = 'zmiana-hasla@example.pl'
  let id: number

  beforeAll(async () => {
    payload = await testPayload()
    id = await ensureUser(payload, email, ['editor'])
  })

  const login = async (password: string) =>
    (await rest(payload, 'POST', '/users/login', { body: { email, password } })).body.token as string

  it('needs the current password, then ends the other sessions and keeps this one', async () => {
    const here = await login(TEST_PASSWORD)
    const elsewhere = await login(TEST_PASSWORD)

    const without = await rest(payload, 'PATCH', `/users/${id}`, {
      token: here,
      body: { password: 'nowe-haslo-redaktora' },
    })
    expect(without.status).toBe(400)
    expect(without.body.errors[0].data.errors).toEqual([
      { message: 'Aby zmienić hasło, wpisz obecne hasło.', path: 'currentPassword' },
    ])
    const wrong = await rest(payload, 'PATCH', `/users/${id}`, {
      token: here,
      body: { password: 'nowe-haslo-redaktora', currentPassword: 'nie-to-haslo-123' },
    })
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0].data.errors[0].message).toBe('Obecne hasło jest nieprawidłowe.')
    expect((await rest(payload, 'GET', '/users/me', { token: elsewhere })).body.user.email).toBe(email)

    const changed = await rest(payload, 'PATCH', `/users/${id}`, {
      token: here,
      body: { password: 'nowe-haslo-redaktora', currentPassword: TEST_PASSWORD },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.currentPassword).toBe(undefined)
    expect((await rest(payload, 'GET', '/users/me', { token: elsewhere })).body.user).toBe(null)
    expect((await rest(payload, 'GET', '/users/me', { token: here })).body.user.email).toBe(email)
    expect(await login('nowe-haslo-redaktora')).toMatch(/^ey/)
  })
})
