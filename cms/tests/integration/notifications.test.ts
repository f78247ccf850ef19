import type { Payload } from 'payload'
import { warsawDay } from '@ratusz/warsaw-time'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emailAdapter } from '../../src/email'
import { publicRequest } from '../support/form-post'
import { emailResidents, linkIn, type EmailResidents } from '../support/email-residents'
import { clearSubscriptions, publishAlertAndNotify, runNotificationJobs } from '../support/notifications'
import { rest, signIn } from '../support/rest'
import { smtpInbox } from '../support/smtp-inbox'
import { variantPayload } from '../support/variant-payload'

const HOUR = 3_600_000
const at = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString()
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const SUBSCRIBE = '/api/public/powiadomienia'

/**
 * Residents' notifications end to end in the CMS, against PostgreSQL and a real SMTP server: sign up with the
 * site's form fields, confirm from the e-mail, an alert published for the area reaches them with one-click
 * unsubscribe, and after unsubscribing the next alert does not.
 */
describe('notifications by e-mail', () => {
  let payload: Payload
  let inbox: Awaited<ReturnType<typeof smtpInbox>>
  let editor: string
  let dębina: number
  let krosno: number
  let floodGroup: number
  let residents: EmailResidents
  const fromClient = () => residents.fromClient()
  const signUp = (fields: Record<string, string | string[]>) => residents.signUp(fields)
  const subscribe = (email: string, extra?: Record<string, string | string[]>) =>
    residents.subscribe(email, extra)
  const publishAlert = (areas: number[]) =>
    publishAlertAndNotify(payload, editor, {
      title: `Wezbranie Lipówki ${stamp()}`,
      kind: 'powodz',
      severity: 'alarm',
      shortText: 'Wezbranie Lipówki. Zabezpiecz mienie i nie zbliżaj się do rzeki.',
      areas,
      hours: 6,
    })
  beforeAll(async () => {
    inbox = await smtpInbox()
    payload = await variantPayload({
      env: {},
      email: emailAdapter({
        RATUSZ_SMTP_URL: inbox.url,
        RATUSZ_MAIL_FROM: 'powiadomienia@lipowawola.example.pl',
        RATUSZ_OUTBOX_DIR: 'unused',
      }),
    })
    residents = emailResidents(payload, inbox)
    editor = await signIn(payload, 'redaktor-powiadomienia@example.pl', ['editor'])
    dębina = (
      await payload.create({
        collection: 'areas',
        data: { name: `Dębina ${stamp()}`, kind: 'solectwo' } as never,
      })
    ).id as number
    krosno = (
      await payload.create({
        collection: 'areas',
        data: { name: `Krosno ${stamp()}`, kind: 'solectwo' } as never,
      })
    ).id as number
    floodGroup = (
      await payload.create({
        collection: 'subscription-groups',
        data: { name: `Zagrożenie powodziowe ${stamp()}`, alertKinds: ['powodz'] } as never,
      })
    ).id as number
  })

  afterAll(async () => {
    await clearSubscriptions(payload)
    await inbox.close()
    await payload.destroy()
  })

  it('signs up, confirms from the e-mail, gets an alert for its area with one-click unsubscribe, and nothing after it', async () => {
    const email = `mieszkanka-${stamp()}@example.pl`
    await subscribe(email, { obszary: String(dębina) })

    const alert = await publishAlert([dębina])
    const messages = inbox.to(email)
    expect(messages).toHaveLength(2)
    const { mail, raw } = messages[1]!
    expect(mail.subject).toBe(`ALARM: ${alert.title}`)
    expect(mail.text).toContain('Wezbranie Lipówki. Zabezpiecz mienie')
    expect(mail.text).toContain(`/komunikaty/${alert.slug}/`)
    expect(mail.html).toContain('lang="pl"')
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@[\w.-]+>$/)
    expect(raw.split(/\r?\n\r?\n/)[0]).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m)
    const headers = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
    const unsubscribe = /<([^>]+)>/.exec(String(headers.match(/^List-Unsubscribe: (.+)$/m)?.[1]))?.[1]
    expect(unsubscribe).toMatch(/\/api\/public\/powiadomienia\/wypisz\?t=/)
    // The manage link of the footer opens the resident's choices.
    const manage = await publicRequest(
      payload,
      'GET',
      linkIn(mail.text ?? '', '/api/public/powiadomienia/zarzadzaj'),
      undefined,
      fromClient(),
    )
    expect(manage.status).toBe(200)
    expect(manage.text).toContain(email)

    // A link scanner's GET only asks.
    const asked = await publicRequest(payload, 'GET', unsubscribe!, undefined, fromClient())
    expect(asked.text).toContain('Tak, wypisz mnie')
    // The mail program's one-click POST (RFC 8058) unsubscribes at once.
    const oneClick = await publicRequest(
      payload,
      'POST',
      unsubscribe!,
      'List-Unsubscribe=One-Click',
      fromClient(),
    )
    expect(oneClick.status).toBe(200)
    expect(oneClick.text).toContain('Wypisano z powiadomień')

    await publishAlert([dębina])
    expect(inbox.to(email)).toHaveLength(2)
  })

  it('sends an alert for one area to that area, to the whole gmina and to groups of its kind, not to other areas', async () => {
    const here = `debina-${stamp()}@example.pl`
    const elsewhere = `krosno-${stamp()}@example.pl`
    const everywhere = `cala-gmina-${stamp()}@example.pl`
    const flood = `powodz-${stamp()}@example.pl`
    await subscribe(here, { obszary: String(dębina) })
    await subscribe(elsewhere, { obszary: String(krosno) })
    await subscribe(everywhere)
    await subscribe(flood, { obszary: String(krosno), grupy: String(floodGroup) })

    const alert = await publishAlert([dębina])
    const got = (address: string) =>
      inbox.to(address).some((message) => message.mail.subject?.includes(alert.title))
    expect(got(here)).toBe(true)
    expect(got(everywhere)).toBe(true)
    expect(got(flood)).toBe(true)
    expect(got(elsewhere)).toBe(false)
  })

  it('sends nothing twice: a second plan of the same message and a restart mid-send deliver each once', async () => {
    const email = `raz-${stamp()}@example.pl`
    await subscribe(email, { obszary: String(dębina) })
    const alert = await publishAlert([dębina])
    const deliveries = await payload.find({
      collection: 'deliveries',
      where: { subject: { contains: alert.title } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    expect(deliveries.docs.length).toBeGreaterThan(0)
    const { planDeliveries } =
      await import('../../../packages/payload-plugin/src/plugins/notifications/sending/plan-deliveries')
    const first = deliveries.docs[0] as unknown as { message: string; subscription: number; channel: string }
    // The same message planned again (a retried job) plans nothing.
    expect(
      await planDeliveries(payload, {
        message: first.message,
        subject: 'x',
        dueAt: new Date(),
        recipients: [{ id: first.subscription, channel: 'email' }],
      }),
    ).toBe(0)
    // A process that stopped after claiming: the delivery goes back to the queue and is sent once.
    await payload.update({
      collection: 'deliveries',
      id: deliveries.docs[0]!.id,
      data: { state: 'sending' } as never,
      overrideAccess: true,
    })
    const { releaseInterruptedDeliveries } =
      await import('../../../packages/payload-plugin/src/plugins/notifications/sending/release-interrupted')
    await releaseInterruptedDeliveries(payload)
    await runNotificationJobs(payload)
    const messages = inbox.to(email).filter((message) => message.mail.subject?.includes(alert.title))
    expect(messages.length).toBeGreaterThanOrEqual(1)
    expect(new Set(messages.map((message) => message.mail.messageId)).size).toBe(1)
  })

  it('ends the subscription when the mailbox does not exist (SMTP 550), without the address in the delivery', async () => {
    const email = `nie-ma-${stamp()}@example.pl`
    await subscribe(email)
    inbox.rejected.add(email)
    await publishAlert([])
    const [subscription] = (
      await payload.find({
        collection: 'subscriptions',
        where: { address: { equals: email } },
        overrideAccess: true,
      })
    ).docs as unknown as { id: number; status: string; endReason: string }[]
    expect(subscription?.status).toBe('ended')
    const failed = await payload.find({
      collection: 'deliveries',
      where: { and: [{ subscription: { equals: subscription!.id } }, { state: { equals: 'failed' } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(failed.docs).toHaveLength(1)
    expect(JSON.stringify(failed.docs[0])).not.toContain(email)
    expect(subscription!.endReason).not.toContain(email)
  })

  it('keeps what the resident typed and says what is wrong in Polish; ignores bots', async () => {
    const typed = {
      kanal: 'email',
      email: 'to-nie-adres',
      rodzaje: 'alerts',
      czestotliwosc: 'immediately',
      obszary: String(dębina),
    }
    const answer = await signUp(typed)
    expect(answer.status).toBe(400)
    expect(answer.text).toContain('Wpisz poprawny adres e-mail')
    expect(answer.text).toContain('Aby się zapisać, zaznacz zgodę')
    expect(answer.text).toContain('value="to-nie-adres"')
    expect(answer.text).toMatch(new RegExp(`value="${dębina}"\\s+checked`))

    const bot = `bot-${stamp()}@example.pl`
    const { signShownAt } =
      await import('../../../packages/payload-plugin/src/shared/residents/resident-token')
    const trapped = await publicRequest(
      payload,
      'POST',
      SUBSCRIBE,
      {
        ...typed,
        email: bot,
        zgoda: 'tak',
        strona_www: 'http://spam.example',
        pokazano: signShownAt(payload.secret, Date.now() - 5000),
      },
      fromClient(),
    )
    expect(trapped.status).toBe(200)
    expect(trapped.text).toContain('Sprawdź skrzynkę e-mail')
    const stored = await payload.find({
      collection: 'subscriptions',
      where: { address: { equals: bot } },
      overrideAccess: true,
    })
    expect(stored.docs).toHaveLength(0)
  })

  it('limits sign-ups per client with a Polish 429, and refuses what is not a form', async () => {
    const headers = { 'X-Forwarded-For': '192.0.2.77' }
    const fields = {
      kanal: 'email',
      rodzaje: 'alerts',
      czestotliwosc: 'immediately',
      zgoda: 'tak',
      pokazano: '',
    }
    const statuses: number[] = []
    for (let attempt = 0; attempt < 12; attempt++) {
      const { signShownAt } =
        await import('../../../packages/payload-plugin/src/shared/residents/resident-token')
      const answer = await publicRequest(
        payload,
        'POST',
        SUBSCRIBE,
        {
          ...fields,
          email: `limit-${attempt}-${stamp()}@example.pl`,
          pokazano: signShownAt(payload.secret, Date.now() - 5000),
        },
        headers,
      )
      statuses.push(answer.status)
      if (answer.status === 429) {
        expect(answer.text).toContain('Zbyt wiele prób')
        expect(Number(answer.headers.get('Retry-After'))).toBeGreaterThan(0)
      }
    }
    expect(statuses.slice(0, 10).every((status) => status === 200)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
    const json = await publicRequest(payload, 'POST', SUBSCRIBE, undefined, {
      'Content-Type': 'application/json',
      ...fromClient(),
    })
    expect(json.status).toBe(415)
  })

  it('counts subscribers per area, group and channel on a day, as JSON and CSV, for staff only', async () => {
    const email = `liczona-${stamp()}@example.pl`
    await subscribe(email, { obszary: String(krosno), grupy: String(floodGroup) })
    const today = warsawDay(new Date())
    const counts = await rest(payload, 'GET', `/ratusz/powiadomienia/liczby?dzien=${today}`, {
      token: editor,
    })
    expect(counts.status).toBe(200)
    const row = (key: string) => counts.body.groups.find((group: { key: string }) => group.key === key)
    expect(row(`area:${krosno}`)?.email).toBeGreaterThanOrEqual(1)
    expect(row(`group:${floodGroup}`)?.group).toMatch(/^Zagrożenie powodziowe/)
    expect(row('everyone').total).toBeGreaterThanOrEqual(row(`area:${krosno}`).total)
    expect(counts.body.months).toHaveLength(12)
    // Before anyone subscribed, nobody counts.
    const before = await rest(payload, 'GET', '/ratusz/powiadomienia/liczby?dzien=2020-01-01', {
      token: editor,
    })
    expect(before.body.groups).toEqual([])

    const csv = await publicRequest(
      payload,
      'GET',
      `/api/ratusz/powiadomienia/liczby?dzien=${today}&format=csv`,
      undefined,
      {
        Authorization: `JWT ${editor}`,
      },
    )
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.text.replace(/^\uFEFF/, '').split('\n')[0]).toBe(
      'Grupa;E-mail;SMS;Przeglądarka;Członkowie urzędowi;Razem',
    )
    expect((await rest(payload, 'GET', `/ratusz/powiadomienia/liczby?dzien=${today}`)).status).toBe(403)
    expect(
      (await rest(payload, 'GET', '/ratusz/powiadomienia/liczby?dzien=31.12.2026', { token: editor })).status,
    ).toBe(400)
  })

  it('tells an editor before publishing how many residents an alert would reach, by channel', async () => {
    const email = `widownia-${stamp()}@example.pl`
    await subscribe(email, { obszary: String(krosno) })
    const audience = (query: string) =>
      rest(payload, 'GET', `/ratusz/powiadomienia/odbiorcy?${query}`, { token: editor })
    const forKrosno = await audience(`rodzaj=woda&obszary=${krosno}`)
    const forDębina = await audience(`rodzaj=woda&obszary=${dębina}`)
    const forGmina = await audience('rodzaj=woda&obszary=')
    expect(forKrosno.status).toBe(200)
    expect(forKrosno.body.byChannel.email).toBe(forKrosno.body.total)
    // the Krosno subscriber counts for Krosno and for the whole gmina, not for Dębina
    expect(forKrosno.body.total - forDębina.body.total).toBeGreaterThanOrEqual(1)
    expect(forGmina.body.total).toBeGreaterThanOrEqual(forKrosno.body.total)
    expect((await rest(payload, 'GET', '/ratusz/powiadomienia/odbiorcy?rodzaj=woda')).status).toBe(403)
  })

  it('answers a forged or spent link with a Polish 404, and erases an address 30 days after leaving', async () => {
    const forged = await publicRequest(
      payload,
      'GET',
      '/api/public/powiadomienia/zarzadzaj?t=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      undefined,
      fromClient(),
    )
    expect(forged.status).toBe(404)
    expect(forged.text).toContain('Link jest nieaktualny')

    const email = `odchodzi-${stamp()}@example.pl`
    await subscribe(email)
    const [subscription] = (
      await payload.find({
        collection: 'subscriptions',
        where: { address: { equals: email } },
        overrideAccess: true,
      })
    ).docs
    await payload.update({
      collection: 'subscriptions',
      id: subscription!.id,
      data: { status: 'ended', endedAt: at(-31 * 24) } as never,
      overrideAccess: true,
      context: { fromResident: true },
    })
    const { eraseExpired } =
      await import('../../../packages/payload-plugin/src/plugins/notifications/subscriptions/erase-task')
    const { resolveOptions } = await import('@ratusz/payload-plugin')
    const result = await eraseExpired(payload, resolveOptions({}).notifications)
    expect(result.erased).toBeGreaterThanOrEqual(1)
    const after = (await payload.findByID({
      collection: 'subscriptions',
      id: subscription!.id,
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
    expect(after.address).toBeNull()
    expect(after.erasedAt).toBeTruthy()
    expect(after.startedAt).toBeTruthy()
    expect(after.endedAt).toBeTruthy()
  })
})
