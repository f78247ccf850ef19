import { globSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { icsRuleViolations } from '../../src/lib/events/ics-rules'
import { cmsApi } from './support/cms-api'
import { readFeed, sitemapLocations } from './support/feeds'

const siteUrl = inject('siteUrl')
const outDir = inject('siteOutDir')

const resolves = async (url: string) => (await fetch(url, { method: 'GET' })).status

describe('feeds and sitemap, as an aggregator reads them', () => {
  it('the news feed parses and every item links to a built page', async () => {
    const { feed } = await readFeed(`${siteUrl}/aktualnosci/rss.xml`)
    expect(feed.language).toMatch(/^pl/)
    expect(feed.items.length).toBeGreaterThanOrEqual(10)
    for (const item of feed.items) {
      expect(item.link.startsWith(`${siteUrl}/aktualnosci/`), item.link).toBe(true)
      expect(await resolves(item.link), item.link).toBe(200)
      expect(item.guid).toMatch(
        new RegExp(`^tag:${new URL(siteUrl).hostname.replace(/\./g, '\\.')},2025:articles/\\d+$`),
      )
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
    }
    const withCover = feed.items.find((item) => item.enclosure)
    expect(withCover?.enclosure?.type).toMatch(/^image\//)
    const enclosure = await fetch(withCover!.enclosure!.url)
    expect(enclosure.status).toBe(200)
    expect(String((await enclosure.arrayBuffer()).byteLength)).toBe(withCover!.enclosure!.length)
  })

  it('the site-wide feed and every category and area feed parse', async () => {
    const { feed } = await readFeed(`${siteUrl}/rss.xml`)
    expect(feed.items.length).toBeGreaterThan(0)
    const pages = (
      await Promise.all((await sitemapLocations(`${siteUrl}/sitemap-index.xml`)).map(sitemapLocations))
    ).flat()
    const categories = pages.filter((url) => /\/aktualnosci\/kategoria\/[a-z0-9-]+\/$/.test(url))
    const areas = pages.filter((url) => /\/obszary\/[a-z0-9-]+\/$/.test(url))
    expect(categories.length).toBeGreaterThanOrEqual(6)
    expect(areas.length).toBeGreaterThanOrEqual(8)
    for (const url of categories) {
      const { feed: categoryFeed } = await readFeed(`${url}rss.xml`)
      expect(categoryFeed.items.length, url).toBeGreaterThan(0)
    }
    for (const url of areas) await readFeed(`${url}rss.xml`)
    const { feed: areaFeed } = await readFeed(`${siteUrl}/obszary/brzozowka/rss.xml`)
    expect(areaFeed.title).toContain('Brzozówka')
    expect(areaFeed.items.length).toBeGreaterThan(0)
  })

  it('the sitemap answers at /sitemap.xml, lists the pages, each with lastmod, and every URL resolves', async () => {
    const index = await fetch(`${siteUrl}/sitemap.xml`)
    expect(index.status).toBe(200)
    expect(await index.text()).toBe(await (await fetch(`${siteUrl}/sitemap-index.xml`)).text())
    const sitemaps = await sitemapLocations(`${siteUrl}/sitemap.xml`)
    expect(sitemaps.length).toBeGreaterThan(0)
    const pages = (await Promise.all(sitemaps.map(sitemapLocations))).flat()
    expect(pages).toContain(`${siteUrl}/`)
    expect(pages.filter((url) => /\/aktualnosci\/[a-z0-9-]+\/$/.test(url)).length).toBeGreaterThanOrEqual(60)
    for (const url of pages) expect(await resolves(url), url).toBe(200)
    // An article page's lastmod is the article's updatedAt in the CMS.
    const xml = (await Promise.all(sitemaps.map(async (url) => (await fetch(url)).text()))).join('')
    const entries = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((match) => match[1]!)
    expect(entries).toHaveLength(pages.length)
    const undated = entries.filter((entry) => !/<lastmod>\d{4}-\d\d-\d\dT[^<]+<\/lastmod>/.test(entry))
    expect(undated.slice(0, 5)).toEqual([])
    const entry = xml.match(
      /<url><loc>([^<]+\/aktualnosci\/([a-z0-9-]+)\/)<\/loc><lastmod>([^<]+)<\/lastmod>/,
    )
    expect(entry).not.toBeNull()
    const [, , slug, lastmod] = entry!
    const { body: found } = await cmsApi(`/articles?where[slug][equals]=${slug}&depth=0`)
    expect(found.docs).toHaveLength(1)
    expect(lastmod).toBe(found.docs[0].updatedAt)
    const robots = await (await fetch(`${siteUrl}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`)
  })

  it('every calendar keeps to RFC 5545 (UTC DTSTAMP, CREATED, LAST-MODIFIED; zoned or all-day times; CRLF)', () => {
    const calendars = globSync('**/*.ics', { cwd: outDir })
    expect(calendars.length).toBeGreaterThan(10)
    const broken = calendars.flatMap((file) =>
      icsRuleViolations(readFileSync(path.join(outDir, file), 'utf8')).map(
        (problem) => `${file}: ${problem}`,
      ),
    )
    expect(broken.slice(0, 10)).toEqual([])
  })

  it("no periodical's feed dates an issue in the future", async () => {
    const feeds = globSync('informator/*/rss.xml', { cwd: outDir })
    expect(feeds.length).toBeGreaterThan(0)
    for (const file of feeds) {
      const { feed } = await readFeed(`${siteUrl}/${file.split(path.sep).join('/')}`)
      expect(feed.items.length, file).toBeGreaterThan(0)
      for (const item of feed.items)
        expect(Date.parse(item.pubDate), item.title).toBeLessThanOrEqual(Date.now())
    }
  })

  it("the footer's feeds heading names the calendars when the page lists some", async () => {
    const heading = async (page: string) =>
      (await (await fetch(`${siteUrl}${page}`)).text()).match(/<h2 id="stopka-kanaly">([^<]*)<\/h2>/)?.[1]
    expect(await heading('/wydarzenia/')).toBe('Kanały RSS i kalendarze')
    expect(await heading('/aktualnosci/')).toBe('Kanały RSS')
  })
})
