import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emailAdapter } from '../../src/email'
import { readResetMail, type ResetMail } from '../support/reset-mail'
import { rest } from '../support/rest'
import { variantPayload } from '../support/variant-payload'

/** Production's set-up: PostgreSQL, and e-mail through an SMTP server (RATUSZ_SMTP_URL). */
describe('forgot password over SMTP', () => {
  let payload: Payload
  let server: SMTPServer
  const received: { from: string; to: string[]; mail: ResetMail }[] = []
  const email = 'skarbnik@example.pl'

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      closeTimeout: 1000,
      disabledCommands: ['STARTTLS'],
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          readResetMail(Buffer.concat(chunks)).then(
            (mail) => {
              received.push({
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
                mail,
              })
              callback()
            },
            (error: Error) => callback(error),
          )
        })
      },
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.server.address() as AddressInfo
    payload = await variantPayload({
      env: {},
      email: emailAdapter({
        RATUSZ_SMTP_URL: `smtp://127.0.0.1:${port}`,
        RATUSZ_MAIL_FROM: 'ratusz@lipowawola.example.pl',
        RATUSZ_OUTBOX_DIR: 'unused',
      }),
    })
    await payload.create({
      collection: 'users',
      data: { email, password: 'stare-haslo-skarbnika', name: 'Skarbnik', roles: ['editor'] } as never,
    })
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => server?.close(() => resolve()))
    await payload.destroy()
  })

  it('delivers the Polish reset e-mail to the SMTP server, and its link sets a new password', async () => {
    const asked = await rest(payload, 'POST', '/users/forgot-password', { body: { email } })
    expect(asked.status).toBe(200)
    expect(received).toHaveLength(1)
    const [{ from, to, mail }] = received as [(typeof received)[0]]
    expect(from).toBe('ratusz@lipowawola.example.pl')
    expect(to).toEqual([email])
    expect(mail.subject).toBe('Ratusz: ustaw nowe hasło')
    expect(mail.text).toContain('Jeśli to nie Ty, zignoruj tę wiadomość: Twoje hasło się nie zmieni.')

    const token = mail.link.pathname.split('/').at(-1)
    const reset = await rest(payload, 'POST', '/users/reset-password', {
      body: { token, password: 'nowe-haslo-skarbnika' },
    })
    expect(reset.status).toBe(200)
    expect(
      (await rest(payload, 'POST', '/users/login', { body: { email, password: 'nowe-haslo-skarbnika' } }))
        .status,
    ).toBe(200)
  })

  it('throttles reset requests for one account: 429 with a Polish message', async () => {
    for (let attempt = 2; attempt <= 3; attempt++) {
      expect((await rest(payload, 'POST', '/users/forgot-password', { body: { email } })).status).toBe(200)
    }
    const throttled = await rest(payload, 'POST', '/users/forgot-password', { body: { email } })
    expect(throttled.status).toBe(429)
    expect(throttled.body.errors[0].message).toBe(
      'Zbyt wiele próśb o zmianę hasła. Spróbuj ponownie za 15 min i sprawdź skrzynkę, także folder spam.',
    )
    expect(Number(throttled.headers.get('Retry-After'))).toBeGreaterThan(14 * 60)
  })
})
