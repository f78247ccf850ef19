import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { importLogs } from '@ratusz/payload-plugin'
import { testPayload } from '../support/payload'

const browser =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 RatuszTestBrowser/1.0'
const phone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1 RatuszTestPhone/1.0'
const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
const feedly = 'Feedly/1.0 (+http://www.feedly.com/fetcher.html; 3 subscribers; )'

/** A line as nginx logs it (UTC, as in the nginx container). */
const line = (ip: string, utc: string, request: string, status: number, agent: string, referrer = '-') =>
  `${ip} - - [${utc} +0000] "${request} HTTP/1.1" ${status} 5120 "${referrer}" "${agent}"\n`

const A = '198.51.100.11'
const B = '198.51.100.12'
const C = '198.51.100.13'

/** 20 Nov (Warsaw) in the older archive: visitor A's first pages, assets, a PDF, a bot, a broken line. */
const archived = [
  line(A, '20/Nov/2026:08:00:00', 'GET /', 200, browser, 'https://www.google.com/search?q=gmina'),
  line(A, '20/Nov/2026:08:00:01', 'GET /_astro/index.Bx3k.css', 200, browser, 'https://lipowa-wola.example/'),
  line(A, '20/Nov/2026:08:00:20', 'GET /bip/', 200, browser, 'https://lipowa-wola.example/'),
  line(A, '20/Nov/2026:08:00:40', 'GET /bip/pliki/uchwala-xii-45-2026.pdf', 200, browser),
  line('66.249.66.1', '20/Nov/2026:09:00:00', 'GET /', 200, googlebot),
  'this line is not in the combined format\n',
].join('')

/** The live log at the first import: the rest of 20 Nov, 21 Nov across midnight, and today (22 Nov). */
const live = [
  line(A, '20/Nov/2026:12:00:00', 'GET /aktualno%C5%9Bci/', 200, browser),
  line(B, '20/Nov/2026:22:30:00', 'GET /informator/', 200, phone, 'https://m.facebook.com/'),
  line(B, '20/Nov/2026:23:30:00', 'GET /informator/', 200, phone),
  line(C, '21/Nov/2026:10:00:00', 'HEAD /', 200, browser),
  line(C, '21/Nov/2026:10:00:01', 'GET /', 304, browser),
  line(C, '21/Nov/2026:10:00:02', 'GET /aktualnosci', 301, browser),
  line('52.1.2.3', '21/Nov/2026:11:00:00', 'GET /rss.xml', 200, feedly),
  line(C, '22/Nov/2026:09:00:00', 'GET /', 200, browser),
].join('')

type Day = {
  day: string
  pageViews: number
  visitors: number
  sections: Record<'site' | 'bip' | 'periodicals', { pageViews: number; visitors: number }>
  feedFetches: number
  calendarFetches: number
  pdfDownloads: number
  requests: number
  botRequests: number
  paths: Record<string, number>
  referrers: Record<string, number>
  imports: number
}

const pick = ({
  day,
  pageViews,
  visitors,
  sections,
  feedFetches,
  pdfDownloads,
  requests,
  botRequests,
  paths,
  referrers,
  imports,
}: Day) => ({
  day,
  pageViews,
  visitors,
  sections: Object.fromEntries(
    Object.entries(sections).map(([name, counts]) => [
      name,
      { pageViews: counts.pageViews, visitors: counts.visitors },
    ]),
  ),
  feedFetches,
  pdfDownloads,
  requests,
  botRequests,
  paths,
  referrers,
  imports,
})

describe('importing web server logs into the traffic statistics', () => {
  let payload: Payload
  let dir: string

  const days = async (from: string, to: string) => {
    const { docs } = await payload.find({
      collection: 'traffic-days',
      where: { and: [{ day: { greater_than_equal: from } }, { day: { less_than_equal: to } }] },
      sort: 'day',
      pagination: false,
      overrideAccess: true,
    })
    return (docs as unknown as Day[]).map(pick)
  }

  beforeAll(async () => {
    payload = await testPayload()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-logs-'))
    fs.writeFileSync(path.join(dir, 'access.log.2.gz'), gzipSync(archived))
    fs.writeFileSync(path.join(dir, 'access.log'), live)
  })

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  const files = () =>
    ['access.log.2.gz', 'access.log.1.gz', 'access.log']
      .map((name) => path.join(dir, name))
      .filter((file) => fs.existsSync(file))

  it('counts days that are over, a rotated .gz and the live log together, and leaves today for later', async () => {
    const summary = await importLogs(payload, files(), {
      siteUrl: 'https://www.lipowa-wola.example',
      now: new Date('2026-11-22T10:00:00Z'),
    })
    expect(summary).toMatchObject({
      days: ['2026-11-20', '2026-11-21'],
      lines: 12,
      malformedLines: 1,
      linesLeft: true,
    })
    expect(await days('2026-11-20', '2026-11-22')).toEqual([
      {
        day: '2026-11-20',
        pageViews: 4,
        // A in both files, B once (its second visit is after midnight in Warsaw)
        visitors: 2,
        sections: {
          site: { pageViews: 2, visitors: 1 },
          bip: { pageViews: 1, visitors: 1 },
          periodicals: { pageViews: 1, visitors: 1 },
        },
        feedFetches: 0,
        pdfDownloads: 1,
        requests: 7,
        botRequests: 1,
        paths: { '/': 1, '/bip/': 1, '/aktualności/': 1, '/informator/': 1 },
        referrers: { 'google.com': 1, 'm.facebook.com': 1 },
        imports: 1,
      },
      {
        day: '2026-11-21',
        pageViews: 1,
        visitors: 1,
        sections: {
          site: { pageViews: 0, visitors: 0 },
          bip: { pageViews: 0, visitors: 0 },
          periodicals: { pageViews: 1, visitors: 1 },
        },
        feedFetches: 1,
        pdfDownloads: 0,
        requests: 5,
        botRequests: 1,
        paths: { '/informator/': 1 },
        referrers: {},
        imports: 1,
      },
    ])
  })

  it('counts nothing again when the same lines are imported again', async () => {
    const before = await days('2026-11-20', '2026-11-22')
    const summary = await importLogs(payload, files(), { now: new Date('2026-11-22T10:00:00Z') })
    expect(summary.files).toEqual([])
    expect(await days('2026-11-20', '2026-11-22')).toEqual(before)
  })

  it('after rotation, takes the rest of the renamed and gzipped log and the new one, and nothing twice', async () => {
    const before = await days('2026-11-20', '2026-11-21')
    // logrotate: access.log → access.log.1 → gzipped; nginx opens a new access.log
    fs.writeFileSync(
      path.join(dir, 'access.log.1.gz'),
      gzipSync(live + line(C, '22/Nov/2026:09:30:00', 'GET /kontakt/', 200, browser)),
    )
    fs.writeFileSync(path.join(dir, 'access.log'), line(A, '22/Nov/2026:15:00:00', 'GET /bip/', 200, browser))
    const summary = await importLogs(payload, files(), { now: new Date('2026-11-23T10:00:00Z') })
    expect(summary).toMatchObject({ days: ['2026-11-22'], lines: 3, linesLeft: false })
    expect(summary.files.map((read) => path.basename(read.file))).toEqual(['access.log.1.gz', 'access.log'])
    expect(await days('2026-11-20', '2026-11-21')).toEqual(before)
    expect(await days('2026-11-22', '2026-11-22')).toMatchObject([
      { day: '2026-11-22', pageViews: 3, visitors: 2, paths: { '/': 1, '/kontakt/': 1, '/bip/': 1 } },
    ])
    // the archive is finished: the next import skips it without reading
    const again = await importLogs(payload, files(), { now: new Date('2026-11-24T10:00:00Z') })
    expect(again.files).toEqual([])
  })

  it('counts lines once when two imports of them save at the same moment, and publishes nothing', async () => {
    const publishes = async () =>
      (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishSite' } } }))
        .totalDocs
    const before = await publishes()
    const log = path.join(dir, 'race.log')
    const visit = (minute: number) =>
      line(
        '198.51.100.31',
        `10/Sep/2026:10:${String(minute).padStart(2, '0')}:00`,
        'GET /kontakt/',
        200,
        browser,
      )
    fs.writeFileSync(log, visit(0))
    await importLogs(payload, [log], { now: new Date('2026-09-20T10:00:00Z') })
    fs.appendFileSync(log, visit(1) + visit(2))
    const both = await Promise.allSettled(
      [1, 2].map(() => importLogs(payload, [log], { now: new Date('2026-09-20T10:00:00Z') })),
    )
    // However the two interleave, the lines count once: when they overlap, the later one to save gives up; when
    // one saved before the other read (a busy machine), the other finds nothing new.
    const refused = both.filter((outcome) => outcome.status === 'rejected') as PromiseRejectedResult[]
    expect(refused.length).toBeLessThanOrEqual(1)
    for (const outcome of refused)
      expect(String(outcome.reason)).toMatch(/another import read .*race\.log meanwhile/)
    expect(await days('2026-09-10', '2026-09-10')).toMatchObject([{ pageViews: 3 }])
    // statistics never reach the site: nothing asked for a publish
    expect(await publishes()).toBe(before)
  })

  it('runs as the scheduled job over the logs folder', async () => {
    const logsDir = process.env.RATUSZ_LOGS_DIR!
    fs.mkdirSync(logsDir, { recursive: true })
    fs.writeFileSync(
      path.join(logsDir, 'access.log'),
      line('198.51.100.21', '05/Oct/2026:10:00:00', 'GET /wydarzenia/', 200, phone) +
        line('198.51.100.21', '05/Oct/2026:10:00:09', 'GET /wydarzenia/kalendarz.ics', 200, phone),
    )
    await payload.jobs.queue({ task: 'import-traffic-logs' as never, input: {} as never, queue: 'default' })
    await payload.jobs.run({ queue: 'default' })
    const { docs } = await payload.find({
      collection: 'traffic-days',
      where: { day: { equals: '2026-10-05' } },
      overrideAccess: true,
    })
    expect(docs[0]).toMatchObject({ pageViews: 1, visitors: 1, calendarFetches: 1 })
  })

  it('stores no IP address and no user agent anywhere in the database', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    try {
      const { rows: tables } = await client.query<{ name: string }>(
        "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'",
      )
      let everything = ''
      for (const { name } of tables) {
        const { rows } = await client.query<{ row: string }>(`select t::text as row from "${name}" t`)
        everything += rows.map((row) => row.row).join('\n')
      }
      expect(everything).toContain('m.facebook.com')
      for (const secret of [
        '198.51.100.',
        '66.249.66.1',
        'RatuszTestBrowser',
        'RatuszTestPhone',
        'Googlebot',
        'Feedly',
      ])
        expect(everything, secret).not.toContain(secret)
    } finally {
      await client.end()
    }
  })

  it('lets editors read the days, and only administrators type in historic figures', async () => {
    // a year of its own (the annual report's test types in others) and removed after, so no test sees another's
    const figure = await payload.create({
      collection: 'historic-figures',
      data: { year: 2005, channel: 'bip', measure: 'visits', value: 5786, source: 'Licznik BIP dostawcy' },
      overrideAccess: true,
    })
    onTestFinished(async () => {
      await payload.delete({ collection: 'historic-figures', id: figure.id, overrideAccess: true })
    })
    expect(figure).toMatchObject({ year: 2005, value: 5786 })
    await expect(
      payload.create({
        collection: 'historic-figures',
        data: { year: 2005, channel: 'bip', measure: 'visits', value: 1, source: 'Drugi raz' },
        overrideAccess: true,
      }),
    ).rejects.toThrow()
    const editor = { id: 1, roles: ['editor'], collection: 'users' } as never
    const read = await payload.find({ collection: 'traffic-days', user: editor, overrideAccess: false })
    expect(read.totalDocs).toBeGreaterThan(0)
    await expect(
      payload.create({
        collection: 'historic-figures',
        data: { year: 2004, channel: 'bip', measure: 'visits', value: 1, source: 'x' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    await expect(
      payload.find({ collection: 'traffic-log-files', user: editor, overrideAccess: false }),
    ).rejects.toThrow()
  })
})
