import { describe, expect, it } from 'vitest'
import { TrafficCounter } from './count-traffic'

const chrome =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
const iphone =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1'
const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'
const feedly = 'Feedly/1.0 (+http://www.feedly.com/fetcher.html; 12 subscribers; )'

const line = (ip: string, time: string, request: string, status: number, referrer: string, agent: string) =>
  `${ip} - - [${time}] "${request}" ${status} 1234 "${referrer}" "${agent}"`

describe('TrafficCounter', () => {
  it('counts page views, visitors, sections, referrers, feeds, calendars and PDFs of a Warsaw day', () => {
    const counter = new TrafficCounter({ ownHosts: new Set(['lipowa-wola.pl']) })
    const lines = [
      line(
        '83.1.1.1',
        '30/Nov/2026:09:00:00 +0100',
        'GET / HTTP/2.0',
        200,
        'https://www.google.com/',
        chrome,
      ),
      line(
        '83.1.1.1',
        '30/Nov/2026:09:00:01 +0100',
        'GET /_astro/a.css HTTP/2.0',
        200,
        'https://lipowa-wola.pl/',
        chrome,
      ),
      line(
        '83.1.1.1',
        '30/Nov/2026:09:00:05 +0100',
        'GET /bip/ HTTP/2.0',
        200,
        'https://www.lipowa-wola.pl/',
        chrome,
      ),
      line('83.1.1.1', '30/Nov/2026:09:00:09 +0100', 'GET /bip/pliki/uchwala.pdf HTTP/2.0', 200, '-', chrome),
      line(
        '83.1.1.2',
        '30/Nov/2026:10:00:00 +0100',
        'GET /bip/ HTTP/2.0',
        200,
        'https://m.facebook.com/',
        iphone,
      ),
      line('83.1.1.2', '30/Nov/2026:10:00:03 +0100', 'GET / HTTP/2.0', 304, '-', iphone),
      line('83.1.1.2', '30/Nov/2026:10:00:04 +0100', 'HEAD / HTTP/2.0', 200, '-', iphone),
      line('83.1.1.2', '30/Nov/2026:10:00:05 +0100', 'GET /aktualnosci HTTP/2.0', 301, '-', iphone),
      line('66.249.1.1', '30/Nov/2026:11:00:00 +0100', 'GET / HTTP/1.1', 200, '-', googlebot),
      line('66.249.1.1', '30/Nov/2026:11:00:00 +0100', 'GET /pliki/plan.pdf HTTP/1.1', 200, '-', googlebot),
      line('52.1.1.1', '30/Nov/2026:12:00:00 +0100', 'GET /rss.xml HTTP/1.1', 200, '-', feedly),
      line(
        '83.1.1.3',
        '30/Nov/2026:12:00:00 +0100',
        'GET /wydarzenia/kalendarz.ics HTTP/1.1',
        304,
        '-',
        'Google-Calendar-Importer',
      ),
      line('83.1.1.3', '30/Nov/2026:12:00:00 +0100', 'GET /informator/ HTTP/1.1', 200, '-', '-'),
    ]
    for (const text of lines) expect(counter.count(text)).toBe('counted')
    expect(counter.count('not a log line')).toBe('malformed')
    expect([...counter.days.keys()]).toEqual(['2026-11-30'])
    const day = counter.days.get('2026-11-30')!
    expect(day).toMatchObject({
      requests: 13,
      botRequests: 5,
      pageViews: 3,
      sectionViews: { site: 1, bip: 2, periodicals: 0 },
      feedFetches: 1,
      calendarFetches: 1,
      pdfDownloads: 1,
    })
    expect(Object.fromEntries(day.paths)).toEqual({ '/': 1, '/bip/': 2 })
    expect(day.visitors.size).toBe(2)
    expect(day.sectionVisitors.bip.size).toBe(2)
    expect(day.sectionVisitors.site.size).toBe(1)
    expect(Object.fromEntries(day.referrers)).toEqual({ 'google.com': 1, 'm.facebook.com': 1 })
    expect(counter.malformedLines).toBe(1)
  })

  it('puts lines in Warsaw days whatever the zone of the log, and a visitor of two days in both', () => {
    const counter = new TrafficCounter({ ownHosts: new Set() })
    // 22:59 UTC on 30 Nov is 23:59 in Warsaw; 23:00 UTC is midnight; in summer midnight is 22:00 UTC
    counter.count(line('83.1.1.1', '30/Nov/2026:22:59:59 +0000', 'GET / HTTP/1.1', 200, '-', chrome))
    counter.count(line('83.1.1.1', '30/Nov/2026:23:00:00 +0000', 'GET / HTTP/1.1', 200, '-', chrome))
    counter.count(line('83.1.1.1', '01/Dec/2026:00:00:00 +0100', 'GET / HTTP/1.1', 200, '-', chrome))
    counter.count(line('83.1.1.1', '30/Jun/2026:22:00:00 +0000', 'GET / HTTP/1.1', 200, '-', chrome))
    expect(
      Object.fromEntries([...counter.days].map(([day, t]) => [day, [t.pageViews, t.visitors.size]])),
    ).toEqual({
      '2026-11-30': [1, 1],
      '2026-12-01': [2, 1],
      '2026-07-01': [1, 1],
    })
  })

  it('leaves lines of a day not over yet for later', () => {
    const counter = new TrafficCounter({ ownHosts: new Set(), before: '2026-12-01' })
    expect(
      counter.count(line('83.1.1.1', '30/Nov/2026:22:59:59 +0000', 'GET / HTTP/1.1', 200, '-', chrome)),
    ).toBe('counted')
    expect(
      counter.count(line('83.1.1.1', '30/Nov/2026:23:00:00 +0000', 'GET / HTTP/1.1', 200, '-', chrome)),
    ).toBe('later')
    expect([...counter.days.keys()]).toEqual(['2026-11-30'])
  })
})

describe('TrafficCounter keys', () => {
  it('keeps Polish paths whole', () => {
    const counter = new TrafficCounter({ ownHosts: new Set() })
    counter.count(
      line(
        '83.1.1.1',
        '30/Nov/2026:09:00:00 +0100',
        'GET /aktualno%C5%9Bci/%C5%BC%C5%82obek/ HTTP/1.1',
        200,
        '-',
        chrome,
      ),
    )
    expect([...counter.days.get('2026-11-30')!.paths.keys()]).toEqual(['/aktualności/żłobek/'])
  })
})
