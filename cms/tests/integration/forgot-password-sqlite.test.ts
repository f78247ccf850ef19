import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emailAdapter } from '../../src/email'
import { readResetMail } from '../support/reset-mail'
import { rest } from '../support/rest'
import { variantPayload } from '../support/variant-payload'

/** `pnpm start`'s set-up: the embedded SQLite database, and e-mails into the outbox folder. */
describe('forgot password on the embedded SQLite database, with the outbox', () => {
  let payload: Payload
  let work: string
  const outbox = () => path.join(work, 'outbox')
  const email = 'sekretariat@example.pl'

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-it-sqlite-'))
    payload = await variantPayload({
      env: { DATABASE_URL: undefined, RATUSZ_SQLITE_FILE: path.join(work, 'ratusz.db') },
      email: emailAdapter({ RATUSZ_OUTBOX_DIR: outbox(), RATUSZ_MAIL_FROM: 'ratusz@lipowawola.example.pl' }),
    })
    await payload.create({
      collection: 'users',
      data: { email, password: 'stare-haslo-sekretariatu', name: 'Sekretariat', roles: ['editor'] } as never,
    })
  })

  afterAll(async () => {
    await payload?.destroy()
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('writes a Polish reset e-mail into the outbox, and its link sets a new password', async () => {
    const asked = await rest(payload, 'POST', '/users/forgot-password', { body: { email } })
    expect(asked.status).toBe(200)

    const files = fs.readdirSync(outbox())
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[0-9a-f]{8}\.eml$/)
    const mail = await readResetMail(fs.readFileSync(path.join(outbox(), files[0]!)))
    expect(mail.to).toBe(email)
    expect(mail.subject).toBe('Ratusz: ustaw nowe hasło')
    expect(mail.text).toContain('Ktoś (zapewne Ty) poprosił o ustawienie nowego hasła do panelu Ratusz.')
    expect(mail.text).toContain('Link działa przez godzinę i tylko raz.')
    expect(mail.link.origin).toBe(new URL(process.env.RATUSZ_CMS_URL!).origin)
    expect(mail.link.pathname).toMatch(/^\/admin\/reset\/[0-9a-f]{40}$/)
    const token = mail.link.pathname.split('/').at(-1)

    const weak = await rest(payload, 'POST', '/users/reset-password', {
      body: { token, password: 'haslo123' },
    })
    expect(weak.status).toBe(400)
    const reset = await rest(payload, 'POST', '/users/reset-password', {
      body: { token, password: 'nowe-haslo-sekretariatu' },
    })
    expect(reset.status).toBe(200)
    const login = await rest(payload, 'POST', '/users/login', {
      body: { email, password: 'nowe-haslo-sekretariatu' },
    })
    expect(login.status).toBe(200)
  })

  it('answers an unknown address exactly alike and sends nothing', async () => {
    const before = fs.readdirSync(outbox()).length
    const asked = await rest(payload, 'POST', '/users/forgot-password', {
      body: { email: 'nikt@example.pl' },
    })
    expect(asked.status).toBe(200)
    expect(fs.readdirSync(outbox())).toHaveLength(before)
  })
})
