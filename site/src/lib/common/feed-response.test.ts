import RSS from 'rss'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { feedResponse } from './feed-response'

const feedAt = (clock: string) => {
  vi.useFakeTimers({ now: new Date(clock), toFake: ['Date'] })
  const feed = new RSS({
    title: 'Aktualności – Gmina Przykładowa',
    feed_url: 'https://gmina.example.pl/aktualnosci/rss.xml',
    site_url: 'https://gmina.example.pl/aktualnosci/',
    pubDate: new Date('2026-11-28T09:00:00Z'),
  })
  feed.item({
    title: 'Remont mostu',
    description: 'Most zamknięty',
    url: 'https://gmina.example.pl/a/',
    date: '2026-11-28T09:00:00Z',
  })
  return feedResponse(feed.xml()).text()
}

describe('feedResponse', () => {
  afterEach(() => vi.useRealTimers())

  it('gives the same bytes for the same items whatever the clock: no lastBuildDate, the newest item dates it', async () => {
    const monday = await feedAt('2026-11-30T08:00:00Z')
    const friday = await feedAt('2026-12-04T17:30:00Z')
    expect(friday).toBe(monday)
    expect(monday).not.toContain('lastBuildDate')
    expect(monday).toContain('<pubDate>Sat, 28 Nov 2026 09:00:00 GMT</pubDate>')
    expect(monday).toContain('<title><![CDATA[Remont mostu]]></title>')
  })
})
