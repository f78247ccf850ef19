import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signShownAt } from '../../../packages/payload-plugin/src/shared/residents/resident-token'
import { publicRequest } from '../support/form-post'
import { clearSubscriptions, createArea, publishAlertAndNotify } from '../support/notifications'
import { pushService, type TestBrowser } from '../support/push-service'
import { signIn } from '../support/rest'
import { variantPayload } from '../support/variant-payload'

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const SUBSCRIBE = '/api/public/powiadomienia'

/**
 * Notifications in the browser (Web Push) through a local push service that checks the VAPID signature and
 * decrypts each message with the browser's private key: the page gets the CMS's public key, a browser that
 * allowed notifications is subscribed at once, an alarm reaches it with a day's TTL and high urgency, and a
 * subscription the push service has forgotten (410) ends.
 */
describe('notifications in the browser (Web Push)', () => {
  let payload: Payload
  let service: Awaited<ReturnType<typeof pushService>>
  let editor: string
  let area: number
  let client = 0
  const fromClient = () => ({ 'X-Forwarded-For': `10.2.${Math.floor(++client / 250)}.${client % 250}` })

  /** What the page's script posts once the browser subscribed: the form, with the subscription's JSON. */
  const subscribe = (browser: TestBrowser) =>
    publicRequest(
      payload,
      'POST',
      SUBSCRIBE,
      {
        kanal: 'push',
        push: JSON.stringify(browser.json),
        rodzaje: 'alerts',
        obszary: String(area),
        czestotliwosc: 'immediately',
        zgoda: 'tak',
        pokazano: signShownAt(payload.secret, Date.now() - 5000),
      },
      fromClient(),
    )

  const publishAlert = (severity: string) =>
    publishAlertAndNotify(payload, editor, {
      title: `Burza z gradem ${stamp()}`,
      kind: 'pogoda',
      severity,
      shortText: 'Burza z gradem nad Lipową. Schowaj samochód, zostań w domu.',
      areas: [area],
    })

  beforeAll(async () => {
    payload = await variantPayload({ env: {} })
    const key = await publicRequest(payload, 'GET', `${SUBSCRIBE}/klucz-push`)
    expect(key.status).toBe(200)
    const { publicKey } = JSON.parse(key.text) as { publicKey: string }
    expect(Buffer.from(publicKey, 'base64url')).toHaveLength(65)
    service = await pushService(publicKey)
    editor = await signIn(payload, 'redaktor-push@example.pl', ['editor'])
    area = await createArea(payload, `Lipowa ${stamp()}`)
  })

  afterAll(async () => {
    await clearSubscriptions(payload)
    await service.close()
    await payload.destroy()
  })

  it('subscribes a browser at once and delivers an alarm, encrypted and signed, urgent, kept for a day', async () => {
    const browser = service.subscribe()
    const answer = await subscribe(browser)
    expect(answer.status).toBe(200)
    expect(answer.text).toContain('Powiadomienia w przeglądarce włączone')
    const manageLink = /href="([^"]+\/zarzadzaj\?t=[^"]+)"/.exec(answer.text)?.[1]
    expect(manageLink).toBeDefined()
    // The manage page names the browser, not its push address.
    const manage = await publicRequest(
      payload,
      'GET',
      manageLink!.replaceAll('&amp;', '&'),
      undefined,
      fromClient(),
    )
    expect(manage.text).toContain('Powiadomienia na: powiadomienia w przeglądarce.')
    expect(manage.text).not.toContain(browser.json.endpoint)

    const alert = await publishAlert('alarm')
    expect(service.refused).toEqual([])
    // this alert's message (an alert another test published may still be fanning out to new subscribers)
    const messageOf = (id: number | string) =>
      service.received.find(
        (pushed) => pushed.subscription === browser.id && pushed.payload?.tag === `komunikat-${id}`,
      )
    const message = messageOf(alert.id)
    expect(message?.payload).toEqual({
      title: `ALARM: ${alert.title}`,
      body: 'Burza z gradem nad Lipową. Schowaj samochód, zostań w domu.',
      url: `http://127.0.0.1:4399/komunikaty/${alert.slug}/`,
      tag: `komunikat-${alert.id}`,
    })
    expect(message).toMatchObject({ ttl: 86_400, urgency: 'high', jwt: { aud: service.origin } })
    expect(message!.jwt.sub).toMatch(/^mailto:/)

    // A warning is not urgent.
    const warning = await publishAlert('informacja')
    expect(messageOf(warning.id)).toMatchObject({ urgency: 'normal' })
  })

  it('ends the browser’s subscription when the push service answers 410 Gone', async () => {
    const browser = service.subscribe()
    expect((await subscribe(browser)).status).toBe(200)
    service.gone.add(browser.id)
    await publishAlert('ostrzezenie')
    const [subscription] = (
      await payload.find({
        collection: 'subscriptions',
        where: { address: { equals: browser.json.endpoint } },
        overrideAccess: true,
      })
    ).docs as unknown as { status: string; endReason: string }[]
    expect(subscription).toMatchObject({ status: 'ended', endReason: expect.stringMatching(/Push 410/) })
  })

  it('refuses what is not a browser’s subscription, keeping the form', async () => {
    const answer = await publicRequest(
      payload,
      'POST',
      SUBSCRIBE,
      {
        kanal: 'push',
        push: JSON.stringify({ endpoint: 'http://10.0.0.1/push/x', keys: { p256dh: 'x', auth: 'y' } }),
        rodzaje: 'alerts',
        czestotliwosc: 'immediately',
        zgoda: 'tak',
        pokazano: signShownAt(payload.secret, Date.now() - 5000),
      },
      fromClient(),
    )
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('Przeglądarka nie włączyła powiadomień')
  })
})
