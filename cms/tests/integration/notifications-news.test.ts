import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectDigest } from '../../../packages/payload-plugin/src/plugins/notifications/sending/digest-task'
import { planItemNotification } from '../../../packages/payload-plugin/src/plugins/notifications/sending/plan-item'
import { resolveOptions } from '../../../packages/payload-plugin/src/options'
import { emailAdapter } from '../../src/email'
import { body } from '../support/articles'
import { emailResidents, type EmailResidents } from '../support/email-residents'
import { clearSubscriptions, createArea, runNotificationJobs } from '../support/notifications'
import { rest, restResponse, signIn } from '../support/rest'
import { smtpInbox } from '../support/smtp-inbox'
import { variantPayload } from '../support/variant-payload'

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

/**
 * News and events reach the residents who chose them, against PostgreSQL and a real SMTP server: at once, or in
 * one daily digest listing them with links (each item once, nothing when there is nothing new); a cancelled
 * event is sent as "Odwołane:"; an editor can publish without notifying.
 */
describe('notifications of news and events', () => {
  let payload: Payload
  let inbox: Awaited<ReturnType<typeof smtpInbox>>
  let editor: string
  let dębina: number
  let krosno: number
  let sport: number
  let culture: number
  let residents: EmailResidents
  const subjects = (email: string) => inbox.to(email).map((message) => message.mail.subject ?? '')

  const publishArticle = async (
    title: string,
    { areas = [] as number[], categories = [] as number[], notify = true } = {},
  ) => {
    const created = await rest(payload, 'POST', '/articles', {
      token: editor,
      body: {
        title,
        lead: `Zajawka: ${title}.`,
        body: body('Treść.'),
        author: 'Referat Promocji',
        areas,
        categories,
        ...(notify ? {} : { notifySubscribers: false }),
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    await runNotificationJobs(payload)
    return created.body.doc as { id: number; slug: string; title: string }
  }

  const publishEvent = async (title: string, areas: number[] = []) => {
    const created = await rest(payload, 'POST', '/events', {
      token: editor,
      body: {
        title,
        lead: 'Zapraszamy mieszkańców.',
        start: '2030-06-14T16:00:00.000Z',
        end: '2030-06-14T19:00:00.000Z',
        place: { name: 'Świetlica wiejska', address: 'ul. Szkolna 5' },
        organiser: { kind: 'gmina' },
        areas,
        _status: 'published',
      },
    })
    expect(created.status).toBe(201)
    await runNotificationJobs(payload)
    return created.body.doc as { id: number; slug: string; title: string }
  }

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
    editor = await signIn(payload, 'redaktor-aktualnosci@example.pl', ['editor'])
    dębina = await createArea(payload, `Dębina ${stamp()}`)
    krosno = await createArea(payload, `Krosno ${stamp()}`)
    const category = async (name: string) =>
      (await payload.create({ collection: 'categories', data: { name } as never })).id as number
    sport = await category(`Sport ${stamp()}`)
    culture = await category(`Kultura ${stamp()}`)
  })

  afterAll(async () => {
    await clearSubscriptions(payload)
    await inbox.close()
    await payload.destroy()
  })

  it('sends an article at once to the subscribers of its areas and categories, and not to others', async () => {
    const here = `aktualnosci-${stamp()}@example.pl`
    const elsewhere = `krosno-${stamp()}@example.pl`
    const otherTopic = `kultura-${stamp()}@example.pl`
    const alertsOnly = `komunikaty-${stamp()}@example.pl`
    await residents.subscribe(here, { rodzaje: 'news', obszary: String(dębina), tematy: String(sport) })
    await residents.subscribe(elsewhere, { rodzaje: 'news', obszary: String(krosno) })
    await residents.subscribe(otherTopic, { rodzaje: 'news', tematy: String(culture) })
    await residents.subscribe(alertsOnly)

    const article = await publishArticle(`Turniej piłkarski ${stamp()}`, {
      areas: [dębina],
      categories: [sport],
    })
    const [mail] = inbox.to(here).slice(-1)
    expect(mail?.mail.subject).toBe(`Aktualność: ${article.title}`)
    expect(mail?.mail.text).toContain(`/aktualnosci/${article.slug}/`)
    expect(mail?.mail.text).toContain(`Zajawka: ${article.title}.`)
    expect(mail?.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m)
    for (const other of [elsewhere, otherTopic, alertsOnly])
      expect(subjects(other).some((subject) => subject.includes(article.title))).toBe(false)

    // Unticked, publishing notifies nobody; a correction ticked later is sent as such.
    const quiet = await publishArticle(`Bez powiadomienia ${stamp()}`, { notify: false })
    expect(subjects(here).some((subject) => subject.includes(quiet.title))).toBe(false)
    const corrected = await rest(payload, 'PATCH', `/articles/${article.id}`, {
      token: editor,
      body: { lead: 'Zmiana godziny meczu.', notifySubscribers: true, _status: 'published' },
    })
    expect(corrected.status).toBe(200)
    await runNotificationJobs(payload)
    expect(subjects(here).at(-1)).toBe(`Aktualizacja: Aktualność: ${article.title}`)
    expect(inbox.to(here).at(-1)?.mail.text).toContain('Zmiana godziny meczu.')
  })

  it('tells the editor how many would be notified, by channel and in digests', async () => {
    await residents.subscribe(`licznik-${stamp()}@example.pl`, {
      rodzaje: 'events',
      obszary: String(krosno),
      czestotliwosc: 'weekly',
    })
    const ask = (query: string) =>
      rest(payload, 'GET', `/ratusz/powiadomienia/odbiorcy?${query}`, { token: editor })
    const krosnoEvents = await ask(`temat=events&obszary=${krosno}`)
    expect(krosnoEvents.status).toBe(200)
    expect(krosnoEvents.body.total).toBeGreaterThanOrEqual(1)
    expect(krosnoEvents.body.inDigest).toBeGreaterThanOrEqual(1)
    expect(krosnoEvents.body.byChannel.email).toBe(krosnoEvents.body.total)
    const before = (await ask(`temat=events&obszary=${dębina}`)).body.total as number
    expect(before).toBe(krosnoEvents.body.total - 1)
    expect((await rest(payload, 'GET', `/ratusz/powiadomienia/odbiorcy?temat=news`)).status).toBe(403)
  })

  it('gives the months of a year as CSV for the report: sign-ups, departures, messages sent and failed', async () => {
    const year = new Date().getFullYear()
    const answer = await restResponse(
      payload,
      'GET',
      `/ratusz/powiadomienia/liczby?dzien=${year}-06-30&format=csv&tabela=miesiace`,
      { token: editor },
    )
    expect(answer.status).toBe(200)
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename="powiadomienia-miesiace-${year}.csv"`,
    )
    const lines = (await answer.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines[0]).toBe('Miesiąc;Nowe subskrypcje;Wypisani (zakończone);Wysłane wiadomości;Nieudane')
    expect(lines).toHaveLength(13)
    expect(lines[1]).toMatch(/^styczeń;\d+;\d+;\d+;\d+$/)
  })

  it('sends an event and then its cancellation as "Odwołane:"', async () => {
    const email = `wydarzenia-${stamp()}@example.pl`
    await residents.subscribe(email, { rodzaje: 'events', obszary: String(dębina) })
    const event = await publishEvent(`Festyn rodzinny ${stamp()}`, [dębina])
    expect(subjects(email).at(-1)).toBe(`Wydarzenie: ${event.title}`)
    expect(inbox.to(email).at(-1)?.mail.text).toMatch(/Kiedy: 14\.06\.2030, 18:00\. Gdzie: Świetlica wiejska/)

    const cancelled = await rest(payload, 'PATCH', `/events/${event.id}`, {
      token: editor,
      body: {
        status: 'cancelled',
        statusNote: 'Z powodu złej pogody.',
        notifySubscribers: true,
        _status: 'published',
      },
    })
    expect(cancelled.status).toBe(200)
    await runNotificationJobs(payload)
    const last = inbox.to(email).at(-1)!
    expect(last.mail.subject).toBe(`Odwołane: Wydarzenie: ${event.title}`)
    expect(last.mail.text).toContain('Wydarzenie zostało odwołane. Z powodu złej pogody.')
  })

  it('holds news and events for a daily digest: one message listing each once with links, none when nothing is new', async () => {
    const email = `codziennie-${stamp()}@example.pl`
    await residents.subscribe(email, {
      rodzaje: ['news', 'events'],
      obszary: String(krosno),
      czestotliwosc: 'daily',
    })
    const confirmations = inbox.to(email).length
    const article = await publishArticle(`Nabór wniosków ${stamp()}`, { areas: [krosno] })
    const event = await publishEvent(`Koncert w Krośnie ${stamp()}`, [krosno])
    // Corrected before the digest: listed once, as new (the resident never saw the first version).
    await rest(payload, 'PATCH', `/articles/${article.id}`, {
      token: editor,
      body: { lead: 'Termin do piątku.', notifySubscribers: true, _status: 'published' },
    })
    await runNotificationJobs(payload)
    expect(inbox.to(email)).toHaveLength(confirmations)

    // The digest job, as its schedule runs it.
    const at = new Date()
    await payload.jobs.queue({
      task: 'digest-daily',
      input: { at: at.toISOString() },
      queue: 'notifications',
    } as never)
    await runNotificationJobs(payload)
    // A second run for the same time (a retried job) plans nothing more.
    const options = resolveOptions({}).notifications
    expect(await collectDigest(payload, options, 'daily', at)).toBe(0)
    await runNotificationJobs(payload)

    const digests = inbox.to(email).slice(confirmations)
    expect(digests).toHaveLength(1)
    const digest = digests[0]!.mail
    expect(digest.subject).toMatch(/^Nowości dnia, \d{1,2}\.\d{1,2}\.\d{4} \(2\)$/)
    expect(digest.text).toContain(`* ${article.title}`)
    expect(digest.text).not.toContain(`Aktualizacja: ${article.title}`)
    expect(digest.text).toContain(`/aktualnosci/${article.slug}/`)
    expect(digest.text).toContain(`* ${event.title}`)
    expect(digest.text).toContain(`/wydarzenia/${event.slug}/`)
    expect(digest.html).toContain(`href="http`)

    // Nothing new: the next digest sends nothing.
    expect(await collectDigest(payload, options, 'daily', new Date(at.getTime() + 60_000))).toBe(0)
    await runNotificationJobs(payload)
    expect(inbox.to(email).slice(confirmations)).toHaveLength(1)
  })

  it('waits for the end of the quiet hours with news sent at once', async () => {
    const options = resolveOptions({}).notifications
    const email = `cisza-${stamp()}@example.pl`
    await residents.subscribe(email, { rodzaje: 'news' })
    // 23:30 in Warsaw (winter time: UTC+1).
    const night = new Date('2030-01-15T22:30:00.000Z')
    const title = `Nocna aktualność ${stamp()}`
    const article = await publishArticle(title, { notify: false })
    expect(
      await planItemNotification(payload, options, 'article', { id: article.id, title }, 'new', night),
    ).toBeGreaterThan(0)
    const planned = await payload.find({
      collection: 'deliveries',
      where: { and: [{ subject: { equals: `Aktualność: ${title}` } }, { state: { equals: 'queued' } }] },
      depth: 0,
      overrideAccess: true,
    })
    expect(planned.docs.length).toBeGreaterThan(0)
    for (const delivery of planned.docs as unknown as { dueAt: string }[])
      expect(delivery.dueAt).toBe('2030-01-16T06:00:00.000Z')
  })
})
