import fs from 'node:fs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from './support/browser'
import { htmlFileOf, pagePerTemplate, sitemapPaths } from './support/templates'

type Shared = { meta: Record<string, string>; jsonLd: Record<string, unknown>[]; canonical: string | null }

/** Pages with their own image, to see it shared rather than the coat of arms. */
const withImage = (template: string, html: string) =>
  ['article', 'event', 'issue'].includes(template) ? /<main[\s\S]*<img[\s\S]*<\/main>/.test(html) : true

describe('pages are shareable: Open Graph, Twitter cards, JSON-LD, canonical URLs', () => {
  const siteUrl = inject('siteUrl')
  const outDir = inject('siteOutDir')
  const pages = pagePerTemplate(outDir, withImage)
  const pathOf = (name: string) => pages.find((page) => page.name === name)!.path
  let browser: Browser

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  /** The page's sharing tags and its parsed JSON-LD blocks, as a crawler reads them. */
  const shared = async (path: string): Promise<Shared> => {
    const page = await browser.newPage()
    await page.goto(`${siteUrl}${path}`)
    const result = await page.evaluate(() => ({
      meta: Object.fromEntries(
        [...document.querySelectorAll('meta[property], meta[name]')].map((meta) => [
          meta.getAttribute('property') ?? meta.getAttribute('name'),
          meta.getAttribute('content') ?? '',
        ]),
      ),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
        JSON.parse(script.textContent ?? ''),
      ),
      canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null,
    }))
    await page.close()
    return result
  }

  const expectImage = async (url: string | undefined) => {
    expect(url).toMatch(new RegExp(`^${siteUrl}/`))
    const response = await fetch(url!)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^image\//)
  }

  it.each(['article', 'event', 'issue'])('a %s shares its own image, title and description', async (name) => {
    const path = pathOf(name)
    const { meta, canonical } = await shared(path)
    expect(canonical).toBe(`${siteUrl}${path}`)
    expect(meta['og:url']).toBe(canonical)
    expect(meta['og:title']).toMatch(/– Gmina Lipowa Wola$/)
    expect(meta['og:description']?.length).toBeGreaterThan(10)
    const [width, height] = [Number(meta['og:image:width']), Number(meta['og:image:height'])]
    // a landscape photo makes a large card; a portrait cover a small one, not cropped to a strip
    expect(meta['twitter:card']).toBe(width > height ? 'summary_large_image' : 'summary')
    expect(meta['og:image']).not.toMatch(/herb/)
    expect(Math.max(width, height)).toBeGreaterThanOrEqual(600)
    expect(meta['og:image:alt']?.length).toBeGreaterThan(0)
    expect(meta['twitter:image']).toBe(meta['og:image'])
    await expectImage(meta['og:image'])
  })

  it('a page without an image of its own shares the coat of arms', async () => {
    const { meta } = await shared(pathOf('BIP document'))
    expect(meta['twitter:card']).toBe('summary')
    expect(meta['og:image']).toMatch(/herb/)
    await expectImage(meta['og:image'])
  })

  it('the home page describes the gmina as a GovernmentOrganization', async () => {
    const { jsonLd } = await shared('/')
    const gmina = jsonLd.find((data) => data['@type'] === 'GovernmentOrganization')
    expect(gmina).toMatchObject({
      '@context': 'https://schema.org',
      name: 'Gmina Lipowa Wola',
      url: `${siteUrl}/`,
      address: { '@type': 'PostalAddress', addressCountry: 'PL' },
    })
    expect(gmina?.telephone).toBe('+48 41 123 45 67')
    expect(gmina?.logo).toMatch(new RegExp(`^${siteUrl}/`))
  })

  it('an article is a NewsArticle with headline, dates, author, publisher and image', async () => {
    const { jsonLd, canonical } = await shared(pathOf('article'))
    const [article] = jsonLd.filter((data) => data['@type'] === 'NewsArticle')
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      url: canonical,
      mainEntityOfPage: canonical,
    })
    for (const key of ['headline', 'datePublished', 'dateModified', 'author', 'publisher', 'image'])
      expect(article, key).toHaveProperty(key)
    expect(Date.parse(article!.datePublished as string)).not.toBeNaN()
    // the publisher names the gmina the home page describes in full (address and phones are only there)
    const home = (await shared('/')).jsonLd.find((data) => data['@type'] === 'GovernmentOrganization')
    expect(article!.publisher).toEqual({
      '@type': 'GovernmentOrganization',
      '@id': home!['@id'],
      name: 'Gmina Lipowa Wola',
      alternateName: home!.alternateName,
      url: `${siteUrl}/`,
      logo: home!.logo,
    })
  })

  it('an event is an Event with start, status, place and image', async () => {
    const { jsonLd } = await shared(pathOf('event'))
    const [event] = jsonLd.filter((data) => data['@type'] === 'Event')
    for (const key of ['name', 'startDate', 'eventStatus', 'location', 'image', 'organizer'])
      expect(event, key).toHaveProperty(key)
    expect(event!.location).toMatchObject({ '@type': 'Place' })
    expect(event!.eventStatus).toMatch(/^https:\/\/schema\.org\/Event(Scheduled|Cancelled|Postponed)$/)
    expect(Date.parse(event!.startDate as string)).not.toBeNaN()
  })

  it('an issue is a PublicationIssue of its Periodical, with its PDF', async () => {
    const { jsonLd } = await shared(pathOf('issue'))
    const [issue] = jsonLd.filter((data) => data['@type'] === 'PublicationIssue')
    for (const key of ['name', 'issueNumber', 'datePublished', 'image'])
      expect(issue, key).toHaveProperty(key)
    expect(issue!.isPartOf).toMatchObject({ '@type': 'Periodical' })
    const pdf = (issue!.associatedMedia as { contentUrl: string }).contentUrl
    expect((await fetch(pdf)).headers.get('content-type')).toMatch(/pdf/)
  })

  it('every page in the sitemap names its own absolute canonical URL and has a description', () => {
    const wrong = sitemapPaths(outDir).flatMap((page) => {
      const html = fs.readFileSync(htmlFileOf(outDir, page), 'utf8')
      return [
        ...(html.includes(`<link rel="canonical" href="${siteUrl}${page}">`) ? [] : [`${page}: canonical`]),
        ...(/<meta name="description" content="[^"]{20,}">/.test(html) ? [] : [`${page}: description`]),
      ]
    })
    expect(wrong).toEqual([])
  })
})
