import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eraseReports } from '../../../packages/payload-plugin/src/plugins/reports/reports/erase-task'
import { emailAdapter } from '../../src/email'
import { linkIn } from '../support/email-residents'
import { publicRequest } from '../support/form-post'
import { createArea, runNotificationJobs } from '../support/notifications'
import { hasGpsTag, phoneJpeg, postReport, REPORT, reportFields } from '../support/reports'
import { rest, restResponse, signIn } from '../support/rest'
import { smtpInbox } from '../support/smtp-inbox'
import { variantPayload } from '../support/variant-payload'

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
const tokenIn = (html: string) => /name="t" value="([^"]+)"/.exec(html)?.[1] ?? ''

/**
 * Residents' reports in the CMS, against PostgreSQL and a real SMTP server: report on the form with a phone's
 * photo (stored without EXIF or GPS), confirm from the e-mail, the category's handler (and nobody else) sees it,
 * changes its state and replies, the resident gets each message, sees the history on the status page and answers;
 * once public, anonymous readers see it without personal data.
 */
describe('resident reports', () => {
  let payload: Payload
  let inbox: Awaited<ReturnType<typeof smtpInbox>>
  let handler: string
  let otherHandler: string
  let editor: string
  let admin: string
  let lights: number
  let waste: number
  let area: number
  let client = 0
  const fromClient = () => ({ 'X-Forwarded-For': `10.9.${Math.floor(++client / 250)}.${client % 250}` })
  const mailTo = (address: string) => inbox.received.filter((mail) => mail.to.includes(address))

  beforeAll(async () => {
    inbox = await smtpInbox()
    payload = await variantPayload({
      env: {},
      email: emailAdapter({
        RATUSZ_SMTP_URL: inbox.url,
        RATUSZ_MAIL_FROM: 'zgloszenia@lipowawola.example.pl',
        RATUSZ_OUTBOX_DIR: 'unused',
      }),
    })
    handler = await signIn(payload, 'oswietlenie@example.pl', ['reports-handler'])
    otherHandler = await signIn(payload, 'odpady@example.pl', ['reports-handler'])
    editor = await signIn(payload, 'redaktor-zgloszenia@example.pl', ['editor'])
    admin = await signIn(payload, 'admin-zgloszenia@example.pl', ['admin'])
    const userId = async (email: string) =>
      (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0]!.id
    lights = (
      await payload.create({
        collection: 'report-categories',
        data: {
          name: `Oświetlenie uliczne ${stamp()}`,
          team: 'Referat Infrastruktury',
          handlers: [await userId('oswietlenie@example.pl')],
          deadlineDays: 7,
        } as never,
      })
    ).id as number
    waste = (
      await payload.create({
        collection: 'report-categories',
        data: { name: `Odpady ${stamp()}`, handlers: [await userId('odpady@example.pl')] } as never,
      })
    ).id as number
    area = await createArea(payload, `Dębina ${stamp()}`)
  })

  afterAll(async () => {
    await inbox?.close()
    await payload?.destroy()
  })

  it('keeps what the resident typed on an error, and asks a form sent without a stamp once more', async () => {
    const fields = reportFields(payload, { category: lights, area, email: 'jan@example.pl' })
    const noConsent = await postReport(payload, { ...fields, zgoda: '' }, [], fromClient())
    expect(noConsent.status).toBe(400)
    expect(noConsent.text).toContain('zaznacz zgodę')
    expect(noConsent.text).toContain('Nie świeci latarnia od tygodnia')
    expect(noConsent.text).toContain('ul. Leśna 12')
    expect(noConsent.text).toContain('value="jan@example.pl"')
    expect(noConsent.text).toMatch(new RegExp(`value="${area}"\\s+selected`))
    const tooFast = await postReport(payload, { ...fields, pokazano: '' }, [], fromClient())
    expect(tooFast.status).toBe(200)
    expect(tooFast.text).toContain('wyślij je jeszcze raz')
    expect(tooFast.text).toMatch(/name="pokazano" value="\d+\.[\w-]+"/)
    const notAPhoto = await postReport(
      payload,
      fields,
      [{ name: 'x.jpg', bytes: Buffer.from('<html>') }],
      fromClient(),
    )
    expect(notAPhoto.status).toBe(400)
    expect(notAPhoto.text).toContain('nie jest zdjęciem')
    const bot = await postReport(payload, { ...fields, strona_www: 'http://spam' }, [], fromClient())
    expect(bot.status).toBe(200)
    expect(await payload.count({ collection: 'reports', overrideAccess: true })).toEqual({ totalDocs: 0 })
  })

  it('takes a report with a photo, stores the photo upright without EXIF or GPS, and waits for the confirmation', async () => {
    const photo = await phoneJpeg()
    const before = await sharp(photo).metadata()
    expect(hasGpsTag(before.exif)).toBe(true)
    expect(before.orientation).toBe(6)
    const sent = await postReport(
      payload,
      reportFields(payload, { category: lights, area, email: 'Anna.Nowak@example.pl' }),
      [{ name: 'IMG_0001.jpg', bytes: photo }],
      fromClient(),
    )
    expect(sent.status).toBe(200)
    expect(sent.text).toContain('Potwierdź zgłoszenie')
    const [report] = (await payload.find({ collection: 'reports', overrideAccess: true, depth: 1 }))
      .docs as any[]
    expect(report.confirmedAt).toBeFalsy()
    expect(report.contactEmail).toBe('anna.nowak@example.pl')
    expect(report.consentVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const stored = report.photos[0]
    const file = await fs.readFile(
      path.join(process.env.RATUSZ_UPLOADS_DIR!, 'report-photos', stored.filename),
    )
    const after = await sharp(file).metadata()
    expect(after.format).toBe('jpeg')
    expect([after.width, after.height]).toEqual([48, 64])
    expect(after.exif).toBeUndefined()
    expect(after.orientation).toBeUndefined()
    expect(file.includes(Buffer.from('TestPhone'))).toBe(false)
    expect(file.includes(Buffer.from('Exif'))).toBe(false)
    // Not in the office yet: its handler does not see it before the resident confirms.
    const seen = await rest(payload, 'GET', '/reports', { token: handler })
    expect(seen.body.docs).toEqual([])
  })

  it('confirms from the e-mail; the handler of its category (only) sees it, replies and closes it; the resident follows it', async () => {
    await runNotificationJobs(payload)
    const [confirmation] = mailTo('anna.nowak@example.pl')
    expect(confirmation?.mail.subject).toContain('Potwierdź zgłoszenie')
    const link = linkIn(confirmation!.mail.text!, `${REPORT}/potwierdz`)
    const page = await publicRequest(payload, 'GET', link, undefined, fromClient())
    expect(page.status).toBe(200)
    expect(page.text).toContain('Nie świeci latarnia')
    const confirmed = await publicRequest(
      payload,
      'POST',
      `${REPORT}/potwierdz`,
      { t: tokenIn(page.text) },
      fromClient(),
    )
    expect(confirmed.status).toBe(200)
    expect(confirmed.text).toContain('Zgłoszenie przyjęte')
    const statusPage = linkIn(confirmed.text, `${REPORT}/status`)
    // The link is spent.
    expect(
      (await publicRequest(payload, 'POST', `${REPORT}/potwierdz`, { t: tokenIn(page.text) }, fromClient()))
        .status,
    ).toBe(404)

    const mine = await rest(payload, 'GET', '/reports?depth=0', { token: handler })
    expect(mine.body.docs).toHaveLength(1)
    const report = mine.body.docs[0]
    expect(report.contactEmail).toBe('anna.nowak@example.pl')
    expect(new Date(report.dueAt).getTime() - new Date(report.confirmedAt).getTime()).toBe(
      7 * 24 * 3600 * 1000,
    )
    expect((await rest(payload, 'GET', '/reports', { token: otherHandler })).body.docs).toEqual([])
    expect((await rest(payload, 'GET', '/reports', { token: editor })).body.docs).toEqual([])
    expect(
      (
        await rest(payload, 'PATCH', `/reports/${report.id}`, {
          token: otherHandler,
          body: { status: 'accepted' },
        })
      ).status,
    ).toBe(403)
    const photoUrl = `/report-photos/${report.photos[0]}`
    expect((await rest(payload, 'GET', photoUrl, { token: handler })).status).toBe(200)
    expect((await rest(payload, 'GET', photoUrl, { token: otherHandler })).status).toBe(404)

    const accepted = await rest(payload, 'PATCH', `/reports/${report.id}`, {
      token: handler,
      body: {
        status: 'in-progress',
        reply: 'Dziękujemy, ekipa wymieni oprawę w tym tygodniu.',
        note: 'Zlecenie nr 17/2026',
      },
    })
    expect(accepted.status).toBe(200)
    expect(accepted.body.doc.firstResponseAt).toBeTruthy()
    expect(accepted.body.doc.reply).toBeFalsy()
    const refused = await rest(payload, 'PATCH', `/reports/${report.id}`, {
      token: handler,
      body: { status: 'rejected' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('uzasadnienie')
    await runNotificationJobs(payload)
    const subjects = mailTo('anna.nowak@example.pl').map((mail) => mail.mail.subject)
    expect(subjects).toHaveLength(4)
    expect(subjects).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Potwierdź zgłoszenie'),
        expect.stringContaining('przyjęte do urzędu'),
        expect.stringContaining('w realizacji'),
        expect.stringContaining('Odpowiedź w sprawie zgłoszenia'),
      ]),
    )
    const replyMail = mailTo('anna.nowak@example.pl').find((mail) =>
      mail.mail.subject?.startsWith('Odpowiedź'),
    )!.mail.text!
    expect(replyMail).toContain('ekipa wymieni oprawę')
    expect(replyMail).not.toContain('Zlecenie nr 17/2026')
    expect(linkIn(replyMail, `${REPORT}/status`)).toBe(statusPage)

    const status = await publicRequest(payload, 'GET', statusPage, undefined, fromClient())
    expect(status.status).toBe(200)
    expect(status.text).toContain('W realizacji')
    expect(status.text).toContain('ekipa wymieni oprawę')
    expect(status.text).not.toContain('Zlecenie nr 17/2026')
    const answered = await publicRequest(
      payload,
      'POST',
      `${REPORT}/status`,
      { t: tokenIn(status.text), odpowiedz: 'Latarnia stoi naprzeciw numeru 12.' },
      fromClient(),
    )
    expect(answered.status).toBe(200)
    expect(answered.text).toContain('Twoja odpowiedź trafiła do urzędu')
    expect(answered.text).toContain('naprzeciw numeru 12')

    const history = await rest(
      payload,
      'GET',
      `/report-messages?where[report][equals]=${report.id}&sort=createdAt`,
      { token: handler },
    )
    expect(history.body.docs.map((message: { kind: string }) => message.kind)).toEqual([
      'status',
      'reply',
      'note',
      'answer',
    ])
    expect(
      (
        await rest(payload, 'GET', `/report-messages?where[report][equals]=${report.id}`, {
          token: otherHandler,
        })
      ).body.docs,
    ).toEqual([])

    const closed = await rest(payload, 'PATCH', `/reports/${report.id}`, {
      token: handler,
      body: { status: 'resolved' },
    })
    expect(closed.body.doc.closedAt).toBeTruthy()
    await runNotificationJobs(payload)
    expect(mailTo('anna.nowak@example.pl').at(-1)!.mail.subject).toContain('załatwione')
    // The answer was announced to the category's handler (nobody else) by e-mail: which report, where to read
    // it; the resident's words stay in the admin.
    const notices = inbox.received.filter((mail) =>
      String(mail.mail.subject).startsWith('Odpowiedź zgłaszającego'),
    )
    expect(notices.map((mail) => mail.to)).toEqual([['oswietlenie@example.pl']])
    expect(notices[0]!.mail.subject).toBe(`Odpowiedź zgłaszającego: zgłoszenie nr ${report.id}`)
    expect(String(notices[0]!.mail.text)).toContain(`/admin/collections/reports/${report.id}`)
    expect(notices[0]!.raw).not.toContain('naprzeciw numeru 12')
  })

  it('shows a report marked public to anonymous readers without personal data', async () => {
    const [report] = (await rest(payload, 'GET', '/reports?depth=0', { token: handler })).body.docs
    expect((await rest(payload, 'GET', '/reports')).body.docs).toEqual([])
    const noText = await rest(payload, 'PATCH', `/reports/${report.id}`, {
      token: admin,
      body: { public: true },
    })
    expect(noText.status).toBe(400)
    const marked = await rest(payload, 'PATCH', `/reports/${report.id}`, {
      token: admin,
      body: {
        public: true,
        publicDescription: 'Nie świeciła latarnia przy przejściu.',
        publicPlace: 'ul. Leśna',
      },
    })
    expect(marked.status).toBe(200)
    const seen = (await rest(payload, 'GET', '/reports?depth=0')).body.docs
    expect(seen).toHaveLength(1)
    const text = JSON.stringify(seen[0])
    expect(seen[0]).toMatchObject({
      status: 'resolved',
      publicDescription: 'Nie świeciła latarnia przy przejściu.',
    })
    for (const secret of [
      'anna.nowak',
      'Leśna 12',
      'Nie świeci latarnia od tygodnia',
      'Nonce',
      'photos',
      'contact',
    ])
      expect(text).not.toContain(secret)
  })

  it('confirms a report by the code an SMS brought (from the SMS outbox), a wrong code counted', async () => {
    const sent = await postReport(
      payload,
      reportFields(payload, { category: waste, phone: '600 100 200' }),
      [],
      fromClient(),
    )
    expect(sent.status).toBe(200)
    expect(sent.text).toContain('Wpisz kod z SMS-a')
    await runNotificationJobs(payload)
    const dir = process.env.RATUSZ_SMS_OUTBOX_DIR!
    const texts = await Promise.all(
      (await fs.readdir(dir)).map((file) => fs.readFile(path.join(dir, file), 'utf8')),
    )
    const sms = texts.find(
      (text) => text.includes('+48600100200') && text.includes('kod potwierdzający zgłoszenie'),
    )!
    const code = /(\d{6}) - kod potwierdzający zgłoszenie/.exec(sms)![1]!
    const wrong = await publicRequest(
      payload,
      'POST',
      `${REPORT}/potwierdz-kod`,
      { t: tokenIn(sent.text), kod: code === '000000' ? '111111' : '000000' },
      fromClient(),
    )
    expect(wrong.status).toBe(400)
    expect(wrong.text).toContain('Zostało prób: 4')
    const right = await publicRequest(
      payload,
      'POST',
      `${REPORT}/potwierdz-kod`,
      { t: tokenIn(wrong.text), kod: code },
      fromClient(),
    )
    expect(right.status).toBe(200)
    expect(right.text).toContain('Zgłoszenie przyjęte')
    const theirs = await rest(payload, 'GET', `/reports?depth=0&where[category][equals]=${waste}`, {
      token: otherHandler,
    })
    expect(theirs.body.docs).toHaveLength(1)
    expect(theirs.body.docs[0].contactPhone).toBe('+48600100200')
  })

  it('counts the reports of a year per category, area and state with the median times, as JSON and CSV, for staff only', async () => {
    const year = new Date().getUTCFullYear()
    const countsPath = `/ratusz/zgloszenia/liczby?rok=${year}`
    expect((await rest(payload, 'GET', countsPath)).status).toBe(403)
    expect((await rest(payload, 'GET', countsPath, { token: editor })).status).toBe(403)
    const all = (await rest(payload, 'GET', countsPath, { token: admin })).body
    expect(all.total).toBe(2)
    expect(all.byStatus).toContainEqual({ status: 'resolved', statusName: 'Załatwione', count: 1 })
    expect(all.byStatus).toContainEqual({ status: 'new', statusName: 'Nowe', count: 1 })
    expect(all.byCategory.map((row: { count: number }) => row.count)).toEqual([1, 1])
    expect(all.rows).toHaveLength(2)
    expect(typeof all.medianHoursToFirstResponse).toBe('number')
    expect(typeof all.medianHoursToClose).toBe('number')
    const theirs = (await rest(payload, 'GET', countsPath, { token: otherHandler })).body
    expect(theirs.total).toBe(1)
    const csv = await restResponse(payload, 'GET', `${countsPath}&format=csv`, { token: admin })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    expect(lines[0]).toBe('Rok;Kategoria;Obszar;Stan;Liczba')
    expect(lines).toHaveLength(3)
    // the same reports in the year's statistics (and so in the annual report's chapter)
    const statistics = (await rest(payload, 'GET', `/ratusz/statystyki?rok=${year}`, { token: admin })).body
    expect(statistics.reports).toMatchObject({ received: 2, handled: 1 })
    expect(statistics.reports.byStatus).toContainEqual({ status: 'Załatwione', count: 1 })
  })

  it('deletes unconfirmed reports after their time and erases personal data a year after closing, keeping the counts', async () => {
    const pending = await postReport(
      payload,
      reportFields(payload, { category: lights, email: 'ktos@example.pl' }),
      [],
      fromClient(),
    )
    expect(pending.status).toBe(200)
    const [closed] = (
      await rest(payload, 'GET', `/reports?depth=1&where[status][equals]=resolved`, { token: admin })
    ).body.docs
    const photoFile = path.join(process.env.RATUSZ_UPLOADS_DIR!, 'report-photos', closed.photos[0].filename)
    expect(await fs.stat(photoFile).then(() => true)).toBe(true)
    // Its position on the map is personal data too.
    await payload.update({
      collection: 'reports',
      id: closed.id,
      data: { latitude: 50.871234, longitude: 21.021234 } as never,
      overrideAccess: true,
      context: { fromReportHook: true },
    })
    // Eleven months later nothing is erased yet; thirteen months later the closed report's data goes.
    const month = 30 * 24 * 3600 * 1000
    expect(await eraseReports(payload, { erasedAfterMonths: 12 }, new Date(Date.now() + 11 * month))).toEqual(
      { deleted: 1, erased: 0 },
    )
    expect(await eraseReports(payload, { erasedAfterMonths: 12 }, new Date(Date.now() + 13 * month))).toEqual(
      { deleted: 0, erased: 1 },
    )
    const erased = (await rest(payload, 'GET', `/reports/${closed.id}?depth=0`, { token: admin })).body
    expect(erased).toMatchObject({
      contactEmail: null,
      description: null,
      place: null,
      latitude: null,
      longitude: null,
      photos: [],
      status: 'resolved',
    })
    expect(erased.erasedAt).toBeTruthy()
    expect(
      await fs.stat(photoFile).then(
        () => true,
        () => false,
      ),
    ).toBe(false)
    const bodies = await rest(payload, 'GET', `/report-messages?where[report][equals]=${closed.id}`, {
      token: admin,
    })
    expect(
      bodies.body.docs.map((message: { body: unknown }) => message.body ?? null).filter(Boolean),
    ).toEqual([])
    expect(
      await payload.count({
        collection: 'reports',
        where: { contactEmail: { equals: 'ktos@example.pl' } },
        overrideAccess: true,
      }),
    ).toEqual({ totalDocs: 0 })
    const counts = (
      await rest(payload, 'GET', `/ratusz/zgloszenia/liczby?rok=${new Date().getUTCFullYear()}`, {
        token: admin,
      })
    ).body
    expect(counts.total).toBe(2)
    // Erased, it is no longer public.
    expect((await rest(payload, 'GET', '/reports')).body.docs).toEqual([])
  })
  it('takes the place marked on the map: kept when the form comes back, refused outside the gmina, stored', async () => {
    const email = `mapa-${stamp()}@example.pl`
    const fields = {
      ...reportFields(payload, { category: lights, area, email }),
      szerokosc: '50.871234',
      dlugosc: '21.021234',
    }
    const noConsent = await postReport(payload, { ...fields, zgoda: '' }, [], fromClient())
    expect(noConsent.status).toBe(400)
    expect(noConsent.text).toContain('name="szerokosc" value="50.871234"')
    expect(noConsent.text).toContain('name="dlugosc" value="21.021234"')
    // Berlin is outside the gmina's box (Poland by default): refused, and dropped so the form can go again.
    const abroad = await postReport(
      payload,
      { ...fields, szerokosc: '52.52', dlugosc: '13.40' },
      [],
      fromClient(),
    )
    expect(abroad.status).toBe(400)
    expect(abroad.text).toContain('leży poza gminą')
    expect(abroad.text).toContain('name="szerokosc" value=""')
    for (const wrong of [
      { szerokosc: '50.87', dlugosc: '' },
      { szerokosc: 'północ', dlugosc: '21.02' },
    ]) {
      const answer = await postReport(payload, { ...fields, ...wrong }, [], fromClient())
      expect(answer.status).toBe(400)
      expect(answer.text).toContain('Nieprawidłowe współrzędne miejsca.')
    }
    const sent = await postReport(payload, fields, [], fromClient())
    expect(sent.status).toBe(200)
    const [stored] = (
      await payload.find({
        collection: 'reports',
        where: { contactEmail: { equals: email } },
        overrideAccess: true,
        depth: 0,
      })
    ).docs as any[]
    expect([stored.latitude, stored.longitude]).toEqual([50.871234, 21.021234])
    await payload.delete({ collection: 'reports', id: stored.id, overrideAccess: true })
  })
})
