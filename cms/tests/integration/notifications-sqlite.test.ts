import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emailAdapter } from '../../src/email'
import { emailResidents } from '../support/email-residents'
import { createArea, publishAlertAndNotify, runNotificationJobs } from '../support/notifications'
import { signIn } from '../support/rest'
import { smtpInbox } from '../support/smtp-inbox'
import { variantPayload } from '../support/variant-payload'

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/**
 * `pnpm start`'s embedded SQLite database under the paths a storm and a fan-out take: a sign-up written through the
 * database adapter in one transaction, and an alert to more than twenty subscribers, whose deliveries are written
 * with multi-row inserts (`insert-deliveries.ts`, raw SQL both databases must take).
 */
describe('notifications on the embedded SQLite database', () => {
  let payload: Payload
  let work: string
  let inbox: Awaited<ReturnType<typeof smtpInbox>>

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-it-sqlite-notify-'))
    inbox = await smtpInbox()
    payload = await variantPayload({
      env: { DATABASE_URL: undefined, RATUSZ_SQLITE_FILE: path.join(work, 'ratusz.db') },
      email: emailAdapter({
        RATUSZ_SMTP_URL: inbox.url,
        RATUSZ_MAIL_FROM: 'powiadomienia@lipowawola.example.pl',
        RATUSZ_OUTBOX_DIR: 'unused',
      }),
    })
  })

  afterAll(async () => {
    await payload?.destroy()
    await inbox?.close()
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('signs up and confirms, then sends an alert to a resident and 24 official members once each, even when planned twice', async () => {
    const area = await createArea(payload, `Dębina ${stamp()}`)
    const resident = `mieszkanka-${stamp()}@example.pl`
    await emailResidents(payload, inbox).subscribe(resident, { obszary: String(area) })
    // The same address signing up again updates its one subscription.
    const again = await emailResidents(payload, inbox).signUp({
      kanal: 'email',
      email: resident,
      rodzaje: 'alerts',
      czestotliwosc: 'immediately',
      zgoda: 'tak',
    })
    expect(again.status).toBe(200)
    const stored = await payload.find({
      collection: 'subscriptions',
      where: { address: { equals: resident } },
      overrideAccess: true,
    })
    expect(stored.docs).toHaveLength(1)
    expect(stored.docs[0]).toMatchObject({ status: 'active', channel: 'email' })

    // Official members an admin adds (the crisis team): no opt-in, a legal basis recorded.
    const others = Array.from({ length: 24 }, (_, index) => `zespol-${index}-${stamp()}@example.pl`)
    for (const address of others)
      await payload.create({
        collection: 'subscriptions',
        data: {
          channel: 'email',
          address,
          status: 'active',
          official: true,
          legalBasis: 'art. 17 ustawy o zarządzaniu kryzysowym',
          topics: ['alerts'],
          areas: [area],
        } as never,
        overrideAccess: true,
      })

    const editor = await signIn(payload, 'redaktor-sqlite@example.pl', ['editor'])
    const alert = await publishAlertAndNotify(payload, editor, {
      title: `Wezbranie Lipówki ${stamp()}`,
      kind: 'powodz',
      severity: 'alarm',
      shortText: 'Wezbranie Lipówki. Zabezpiecz mienie.',
      areas: [area],
    })
    const deliveries = await payload.find({
      collection: 'deliveries',
      where: { subject: { contains: alert.title } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(deliveries.docs).toHaveLength(25)

    const { insertDeliveries } =
      await import('../../../packages/payload-plugin/src/plugins/notifications/sending/insert-deliveries')
    const first = deliveries.docs[0] as unknown as { message: string; key: string; subscription: number }
    // The same rows written again (a retried plan): the unique key skips every one.
    expect(
      await insertDeliveries(
        payload,
        deliveries.docs.map((doc) => {
          const delivery = doc as unknown as { key: string; subscription: number }
          return {
            key: delivery.key,
            message: first.message,
            subject: 'x',
            subscription: delivery.subscription,
            channel: 'email',
            state: 'queued' as const,
            dueAt: new Date(),
          }
        }),
      ),
    ).toBe(0)
    await runNotificationJobs(payload)

    for (const address of [resident, ...others]) {
      const got = inbox.to(address).filter((message) => message.mail.subject?.includes(alert.title))
      expect(got, address).toHaveLength(1)
    }
  })
})
