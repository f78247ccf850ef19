import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import mammoth from 'mammoth'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importLogs, periodFigures, yearPeriod } from '@ratusz/payload-plugin'
import { body, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { clearPublishJobs, publishJobs } from '../support/publish-jobs'
import { rest, restResponse, signIn } from '../support/rest'
import { goodPdf } from './periodicals-fixtures'

/**
 * The year 2021 belongs to this file: no other test dates anything in it. Traffic comes from a log with known
 * counts; articles, events, alerts, periodical issues, subscriptions and typed-in figures are dated in it.
 */
const browser =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 RatuszReport/1.0'
const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
const calendar = 'Google-Calendar-Importer'

const line = (ip: string, utc: string, request: string, status: number, agent = browser, referrer = '-') =>
  `${ip} - - [${utc} +0000] "${request} HTTP/1.1" ${status} 2048 "${referrer}" "${agent}"\n`

/** January: 4 page views by 2 visitors on one day; March: 3 page views by 1 visitor on each of two days. */
export const REPORT_LOG = [
  line('203.0.113.1', '15/Jan/2021:09:00:00', 'GET /', 200, browser, 'https://www.facebook.com/'),
  line('203.0.113.1', '15/Jan/2021:09:01:00', 'GET /bip/', 200),
  line('203.0.113.1', '15/Jan/2021:09:02:00', 'GET /bip/pliki/budzet-2021.pdf', 200),
  line('203.0.113.2', '15/Jan/2021:10:00:00', 'GET /', 200),
  line('203.0.113.2', '15/Jan/2021:10:00:01', 'GET /_astro/site.css', 200),
  line('203.0.113.2', '15/Jan/2021:10:01:00', 'GET /informator/', 200),
  line('66.249.66.1', '15/Jan/2021:11:00:00', 'GET /', 200, googlebot),
  line('203.0.113.3', '10/Mar/2021:08:00:00', 'GET /aktualnosci/', 200),
  line('203.0.113.3', '10/Mar/2021:08:05:00', 'GET /kalendarz.ics', 200, calendar),
  line('203.0.113.3', '10/Mar/2021:08:06:00', 'GET /rss.xml', 304, calendar),
  line('203.0.113.3', '11/Mar/2021:08:00:00', 'GET /aktualnosci/', 200),
  line('203.0.113.3', '11/Mar/2021:08:01:00', 'GET /', 200),
].join('')

/** The figures of 2021 the log and the records below give, as the report states them. */
export const seedReportYear = async (payload: Payload) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-report-'))
  const file = path.join(dir, 'access.log')
  fs.writeFileSync(file, REPORT_LOG)
  await importLogs(payload, [file], { now: new Date('2022-01-02T10:00:00Z') })
  fs.rmSync(dir, { recursive: true, force: true })

  for (const [title, publishedAt] of [
    ['Sesja budżetowa', '2021-01-20T10:00:00.000Z'],
    ['Nowe chodniki', '2021-06-01T10:00:00.000Z'],
    // 31 Dec, 23:30 in Warsaw: still 2021
    ['Sylwester w gminie', '2021-12-31T22:30:00.000Z'],
    // 1 Jan 2022, 00:30 in Warsaw: not 2021
    ['Nowy rok', '2021-12-31T23:30:00.000Z'],
  ] as const)
    await payload.create({
      collection: 'articles',
      data: {
        title: unique(title),
        lead: 'Zajawka.',
        body: body('Treść.'),
        author: 'Referat Promocji',
        publishedAt,
        _status: 'published',
      } as never,
    })
  await payload.create({
    collection: 'articles',
    draft: true,
    data: { title: unique('Szkic'), lead: 'Z.', body: body('T.'), author: 'R', _status: 'draft' } as never,
  })
  await payload.create({
    collection: 'events',
    data: {
      title: unique('Dożynki gminne'),
      lead: 'Zapraszamy.',
      start: '2021-09-01T12:00:00.000Z',
      end: '2021-09-01T18:00:00.000Z',
      place: { name: 'Boisko', address: 'ul. Sportowa 1' },
      organiser: { kind: 'gmina' },
      _status: 'published',
    } as never,
  })
  const periodical = await payload.create({
    collection: 'periodicals',
    data: {
      title: 'Wieści Raportowe',
      publisher: 'Urząd Gminy',
      frequency: 'bimonthly',
      printRun: 1500,
    } as never,
  })
  const pdf = await goodPdf()
  for (const [number, publishedOn, kind, printRun] of [
    ['1/2021', '2021-02-01T12:00:00.000Z', 'regular', undefined],
    ['2/2021', '2021-04-01T12:00:00.000Z', 'regular', 2000],
    ['Dodatek wyborczy', '2021-04-02T12:00:00.000Z', 'supplement', 500],
  ] as const)
    await payload.create({
      collection: 'newsletter-issues',
      data: {
        periodical: periodical.id,
        number,
        publishedOn,
        year: 2021,
        kind,
        ...(kind === 'supplement' ? { subject: 'Wybory samorządowe' } : {}),
        ...(printRun ? { printRun } : {}),
        _status: 'published',
      } as never,
      file: {
        data: pdf,
        mimetype: 'application/pdf',
        name: `wiesci-${publishedOn.slice(0, 10)}.pdf`,
        size: pdf.length,
      },
    })
  const area = await payload.create({
    collection: 'areas',
    data: { name: unique('Raportowo'), kind: 'solectwo' } as never,
  })
  const subscription = (channel: string, address: string, startedAt: string, endedAt?: string) =>
    payload.create({
      collection: 'subscriptions',
      data: {
        channel,
        address,
        status: endedAt ? 'ended' : 'active',
        topics: ['alerts'],
        areas: [area.id],
        startedAt,
        ...(endedAt ? { endedAt } : {}),
        history: [{ at: startedAt, areas: [String(area.id)], groups: [], topics: ['alerts'] }],
      } as never,
      overrideAccess: true,
    })
  await subscription('email', `raport-a-${Date.now()}@example.pl`, '2020-11-01T10:00:00.000Z')
  await subscription('email', `raport-b-${Date.now()}@example.pl`, '2021-03-01T10:00:00.000Z')
  await subscription('sms', `+4860000${String(Date.now()).slice(-4)}`, '2021-05-01T10:00:00.000Z')
  await subscription(
    'email',
    `raport-c-${Date.now()}@example.pl`,
    '2020-10-01T10:00:00.000Z',
    '2021-07-01T10:00:00.000Z',
  )
  for (const [year, channel, measure, value, source] of [
    [2003, 'bip', 'visits', 5786, 'Licznik dawnego BIP'],
    [2021, 'facebook', 'posts', 212, 'Meta Business Suite'],
    [2022, 'facebook', 'posts', 99, 'Meta Business Suite'],
  ] as const)
    await payload.create({
      collection: 'historic-figures',
      data: { year, channel, measure, value, source } as never,
      overrideAccess: true,
    })
  return { areaName: (area as unknown as { name: string }).name }
}

describe('the figures of a year', () => {
  let payload: Payload
  let areaName: string

  beforeAll(async () => {
    payload = await testPayload()
    ;({ areaName } = await seedReportYear(payload))
  })

  afterAll(async () => {
    await payload.delete({
      collection: 'subscriptions',
      where: { address: { like: 'raport-' } },
      overrideAccess: true,
    })
  })

  it('counts the year from the imported log and the records dated in it', async () => {
    const figures = await periodFigures(payload, yearPeriod(2021))
    expect(figures.traffic).toMatchObject({
      daysWithData: 3,
      daysInPeriod: 365,
      firstDay: '2021-01-15',
      lastDay: '2021-03-11',
      pageViews: 7,
      visitorsDailySum: 4,
      sections: {
        site: { pageViews: 5, visitors: 4 },
        bip: { pageViews: 1, visitors: 1 },
        periodicals: { pageViews: 1, visitors: 1 },
      },
      feedFetches: 1,
      calendarFetches: 1,
      pdfDownloads: 1,
    })
    expect(figures.traffic!.months.map((m) => [m.month, m.pageViews, m.visitors])).toEqual([
      ['2021-01', 4, 2],
      ['2021-03', 3, 2],
    ])
    expect(figures.traffic!.topPages).toEqual([
      { path: '/', pageViews: 3 },
      { path: '/aktualnosci/', pageViews: 2 },
      { path: '/bip/', pageViews: 1 },
      { path: '/informator/', pageViews: 1 },
    ])
    expect(figures.traffic!.topReferrers).toEqual([{ domain: 'facebook.com', entries: 1 }])
    expect(figures.content).toEqual({ articles: 3, events: 1, alerts: null })
    expect(figures.periodicals).toContainEqual({
      title: 'Wieści Raportowe',
      printRun: 1500,
      regularIssues: 2,
      supplements: 1,
      copiesPrinted: 4000,
      issues: [
        { number: '1/2021', publishedOn: '2021-02-01', kind: 'regular', subject: null, printRun: 1500 },
        { number: '2/2021', publishedOn: '2021-04-01', kind: 'regular', subject: null, printRun: 2000 },
        {
          number: 'Dodatek wyborczy',
          publishedOn: '2021-04-02',
          kind: 'supplement',
          subject: 'Wybory samorządowe',
          printRun: 500,
        },
      ],
    })
    expect(figures.bip).toBeNull()
    const area = figures.notifications!.groups.find((row) => row.group === areaName)
    expect(area).toMatchObject({ email: 2, sms: 1, push: 0, total: 3, change: 1 })
    expect(area!.before).toMatchObject({ email: 2, sms: 0, total: 2 })
    expect(figures.notifications).toMatchObject({
      on: '2021-12-31',
      before: '2020-12-31',
      started: 2,
      ended: 1,
    })
    expect(figures.reports).toBeNull()
    expect(figures.historic).toEqual([
      { year: 2003, channel: 'bip', measure: 'visits', value: 5786, source: 'Licznik dawnego BIP' },
      { year: 2021, channel: 'facebook', measure: 'posts', value: 212, source: 'Meta Business Suite' },
    ])
  })

  it('gives administrators every table as CSV, and refuses editors', async () => {
    const admin = await signIn(payload, 'raport-admin@example.pl', ['admin'])
    const editor = await signIn(payload, 'raport-redaktor@example.pl', ['editor'])
    const csv = await restResponse(payload, 'GET', '/ratusz/statystyki?rok=2021&format=csv', { token: admin })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="statystyki-2021.csv"')
    const bytes = Buffer.from(await csv.arrayBuffer())
    // a byte order mark, so that a spreadsheet reads the Polish letters as UTF-8
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8')
    const lines = text.split(/\r?\n/)
    expect(lines).toContain('Odsłony stron;7')
    expect(lines).toContain('Suma dziennych odwiedzających;4')
    expect(lines).toContain('styczeń 2021;4;2;1;1;2')
    expect(lines).toContain('Aktualności;3')
    expect(lines).toContain('Komunikaty i ostrzeżenia;brak danych')
    expect(lines).toContain('Wieści Raportowe;2;1;1500;4000')
    expect(lines).toContain(`${areaName};2;1;0;0;3;1`)
    expect(lines).toContain(
      'Biuletyn Informacji Publicznej;brak danych: BIP nie był prowadzony w Ratuszu w tym okresie.',
    )
    expect(lines).toContain('2003;BIP;Odwiedziny;5786;Licznik dawnego BIP')

    for (const token of [editor, undefined]) {
      const refused = await restResponse(payload, 'GET', '/ratusz/statystyki?rok=2021&format=csv', { token })
      expect(refused.status).toBe(403)
    }
    const wrong = await restResponse(payload, 'GET', '/ratusz/statystyki?rok=21', { token: admin })
    expect(wrong.status).toBe(400)
    expect((await wrong.json()).errors[0].message).toBe('Podaj rok jako cztery cyfry, np. rok=2026.')
  })

  it('writes the chapter as a DOCX a real reader opens, with the text, tables and charts of the year', async () => {
    const admin = await signIn(payload, 'raport-admin@example.pl', ['admin'])
    const response = await restResponse(payload, 'GET', '/ratusz/statystyki/rozdzial?rok=2021&format=docx', {
      token: admin,
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="komunikacja-z-mieszkancami-2021.docx"',
    )
    const buffer = Buffer.from(await response.arrayBuffer())
    const { value: text } = await mammoth.extractRawText({ buffer })
    expect(text).toContain('Komunikacja z mieszkańcami')
    expect(text).toContain(
      'Strony serwisu i BIP wyświetlono 7 razy. Suma dziennych liczb odwiedzających wyniosła 4',
    )
    expect(text).toContain('Opublikowano 3 aktualności oraz brak danych komunikatów i ostrzeżeń')
    expect(text).toContain(
      'Ukazało się 2 numerów czasopisma gminy i 1 dodatków, w łącznym nakładzie 4000 egzemplarzy.',
    )
    const { value: html } = await mammoth.convertToHtml({ buffer })
    expect(html).toContain('<h1>Komunikacja z mieszkańcami</h1>')
    expect(html).toContain('<h2>Ruch w serwisie internetowym</h2>')
    expect(html).toContain('<h2>Zgłoszenia mieszkańców</h2>')
    const tables = [...html.matchAll(/<table>(.*?)<\/table>/g)].map((match) =>
      [...match[1]!.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
        [...row[1]!.matchAll(/<t[dh][^>]*>(?:<p>)?(.*?)(?:<\/p>)?<\/t[dh]>/g)].map((cell) =>
          cell[1]!.replace(/<[^>]+>/g, ''),
        ),
      ),
    )
    expect(tables).toContainEqual(
      expect.arrayContaining([
        ['Miesiąc', 'Odsłony razem', 'Serwis', 'BIP', 'Informator', 'Suma dziennych odwiedzających'],
        ['styczeń 2021', '4', '2', '1', '1', '2'],
        ['marzec 2021', '3', '3', '0', '0', '2'],
      ]),
    )
    expect(tables).toContainEqual(expect.arrayContaining([['Wieści Raportowe', '2', '1', '1500', '4000']]))
    expect(tables).toContainEqual(expect.arrayContaining([[areaName, '2', '1', '0', '0', '3', '1']]))
    // the charts are images with their description as alt text
    const images = [...html.matchAll(/<img [^>]*alt="([^"]*)"/g)].map((match) => match[1])
    expect(images).toHaveLength(2)
    expect(images[0]).toContain('Wykres słupkowy. styczeń 2021: Serwis 2, BIP 1, Informator 1')
  })

  it('writes the chapter as HTML and CSV, and refuses editors', async () => {
    const admin = await signIn(payload, 'raport-admin@example.pl', ['admin'])
    const editor = await signIn(payload, 'raport-redaktor@example.pl', ['editor'])
    const html = await restResponse(payload, 'GET', '/ratusz/statystyki/rozdzial?rok=2021&format=html', {
      token: admin,
    })
    expect(html.status).toBe(200)
    const page = await html.text()
    expect(page).toContain('<html lang="pl">')
    expect(page).toContain(
      '<title id="wykres-ruch-title">Odsłony stron w miesiącach według części serwisu</title>',
    )
    expect(page).toContain('<th scope="row">Odsłony stron</th><td class="num">7</td>')
    const csv = await restResponse(payload, 'GET', '/ratusz/statystyki/rozdzial?rok=2021&format=csv', {
      token: admin,
    })
    expect((await csv.text()).split(/\r?\n/)).toContain('Odsłony stron;7')
    for (const format of ['docx', 'html', 'csv']) {
      const refused = await restResponse(
        payload,
        'GET',
        `/ratusz/statystyki/rozdzial?rok=2021&format=${format}`,
        {
          token: editor,
        },
      )
      expect(refused.status).toBe(403)
    }
    const template = await restResponse(payload, 'GET', '/globals/annual-report-template', { token: editor })
    expect(template.status).toBe(403)
  })

  it('lets an administrator edit the text, and names a placeholder it does not know', async () => {
    const admin = await signIn(payload, 'raport-admin@example.pl', ['admin'])
    await clearPublishJobs(payload)
    const saved = await rest(payload, 'POST', '/globals/annual-report-template', {
      token: admin,
      body: { intro: 'W roku {{rok}} strony obejrzano {{odslony}} razy.\n\nDrugi akapit.' },
    })
    expect(saved.status).toBe(200)
    // the chapter's text is never on the site: saving it publishes nothing
    expect(await publishJobs(payload)).toEqual([])
    const chapter = await restResponse(payload, 'GET', '/ratusz/statystyki/rozdzial?rok=2021&format=html', {
      token: admin,
    })
    expect(await chapter.text()).toContain(
      '<p>W roku 2021 strony obejrzano 7 razy.</p>\n<p>Drugi akapit.</p>',
    )

    const refused = await rest(payload, 'POST', '/globals/annual-report-template', {
      token: admin,
      body: { intro: 'Odsłon było {{odslon}}.' },
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain(
      'Nieznane pole w szablonie: {{odslon}}. Dostępne pola: {{rok}}',
    )

    // a text saved before a placeholder left the list: the download says what to fix
    await payload.db.updateGlobal({
      slug: 'annual-report-template',
      data: { intro: 'Stare pole {{wizyty}}.' },
      req: {} as never,
    })
    const broken = await restResponse(payload, 'GET', '/ratusz/statystyki/rozdzial?rok=2021&format=docx', {
      token: admin,
    })
    expect(broken.status).toBe(400)
    expect((await broken.json()).errors[0].message).toMatch(
      /^Nieznane pole w szablonie: \{\{wizyty\}\}\. Dostępne pola: .*Popraw „Szablon rozdziału raportu”\.$/,
    )
    await payload.updateGlobal({ slug: 'annual-report-template', data: { intro: '' } as never })
  })

  it('says there is no data for a year before Ratusz instead of zeros', async () => {
    const figures = await periodFigures(payload, yearPeriod(2019))
    expect(figures).toMatchObject({
      traffic: null,
      content: { articles: null, events: null, alerts: null },
      periodicals: null,
      bip: null,
      notifications: null,
      reports: null,
    })
  })

  it('writes "brak danych" in the chapter of an empty year, not zeros', async () => {
    const admin = await signIn(payload, 'raport-admin@example.pl', ['admin'])
    const response = await restResponse(payload, 'GET', '/ratusz/statystyki/rozdzial?rok=2019&format=docx', {
      token: admin,
    })
    const buffer = Buffer.from(await response.arrayBuffer())
    const { value: text } = await mammoth.extractRawText({ buffer })
    expect(text).toContain('brak danych: za ten okres nie zaimportowano dzienników serwera WWW.')
    expect(text).toContain('brak danych: nikt nie subskrybował powiadomień.')
    expect(text).toMatch(/Aktualności\s+brak danych/)
    expect(text).not.toMatch(/wyświetlono|\b0\b/)
  })
})
