import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkFeeds } from './check-feeds'

const SITEMAP =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by the build -->\n' +
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://gmina.pl/</loc></url></urlset>'
const INDEX =
  '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
  '<sitemap><loc>https://gmina.pl/sitemap-0.xml</loc></sitemap></sitemapindex>'
const RSS = '<?xml version="1.0"?><rss version="2.0"><channel><title>Aktualności</title></channel></rss>'
const ICS =
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Dożynki\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'

describe('checkFeeds', () => {
  let dir: string
  const write = (files: Record<string, string>) => {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), text)
    }
  }
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-feeds-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('passes the sitemaps, feeds and calendars readers can parse', () => {
    write({
      'sitemap-0.xml': SITEMAP,
      'sitemap-index.xml': INDEX,
      'aktualnosci/rss.xml': RSS,
      'wydarzenia/kalendarz.ics': ICS,
    })
    expect(checkFeeds(dir)).toEqual([])
  })

  it('names each file a reader could not parse, and why', () => {
    write({
      'sitemap-0.xml': SITEMAP.replace('</urlset>', ''),
      'sitemap.xml': RSS,
      'aktualnosci/rss.xml': '<?xml version="1.0"?><rss version="2.0"></rss>',
      'wydarzenia/kalendarz.ics': ICS.replace('END:VEVENT\r\n', ''),
      'wydarzenia/inny.ics': 'VERSION:2.0\r\n',
    })
    const bad = Object.fromEntries(checkFeeds(dir).map(({ file, problem }) => [file, problem]))
    expect(bad).toEqual({
      '/sitemap-0.xml': expect.stringMatching(/^not well-formed XML: .+ \(line \d+\)$/),
      '/sitemap.xml': 'not a sitemap',
      '/aktualnosci/rss.xml': 'not an RSS 2.0 feed (no rss/channel)',
      '/wydarzenia/kalendarz.ics': 'unbalanced END:VCALENDAR',
      '/wydarzenia/inny.ics': 'does not start with BEGIN:VCALENDAR',
    })
  })
})
