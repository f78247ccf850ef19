import type { Alert, Article } from '@ratusz/contract'
import { XMLParser } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { buildAlertFeed } from '../alerts/feed'
import { buildArticleFeed } from '../news/feed'

const at = '2025-06-14T16:00:00.000Z'
const hostile = 'Uwaga <script>alert(1)</script> ]]><injected>tak</injected> & „cudzysłów”'

/** What a feed reader shows of an HTML description: the text with the five escapes undone. */
const unescapeHtml = (html: string) =>
  html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')

type Item = Record<string, unknown> & { title: string; description: string }

const itemsOf = (xml: string): Item[] => {
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(
    xml,
  ) as {
    rss: { channel: { item: Item[] } }
  }
  return parsed.rss.channel.item
}

const article = {
  id: 1,
  title: hostile,
  slug: 'uwaga',
  lead: hostile,
  body: { root: { type: 'root', children: [] } },
  cover: null,
  categories: [],
  areas: [],
  attachments: [],
  featured: false,
  author: 'Referat Promocji',
  publishedAt: at,
  createdAt: at,
  updatedAt: at,
} as unknown as Article

describe('feeds keep plain text plain', () => {
  it('escapes a lead with <script> and ]]> in the description, keeps the title intact, injects nothing', () => {
    const [item] = itemsOf(
      buildArticleFeed({
        site: 'https://gmina.pl',
        title: 'Aktualności',
        description: 'Wiadomości <b>z</b> gminy',
        feedPath: '/aktualnosci/rss.xml',
        pagePath: '/aktualnosci/',
        articles: [article],
      }),
    )
    expect(item!.title).toBe(hostile)
    expect(item!.description).not.toContain('<')
    expect(unescapeHtml(item!.description)).toBe(hostile)
    expect(item).not.toHaveProperty('injected')
    expect(item).not.toHaveProperty('script')
  })

  it('escapes an alert short text the same way', () => {
    const alert = {
      id: 3,
      title: hostile,
      slug: 'uwaga',
      kind: 'pogoda',
      severity: 'ostrzezenie',
      shortText: hostile,
      areas: [],
      validFrom: at,
      validUntil: null,
      publishedAt: at,
      source: null,
    } as unknown as Alert
    const [item] = itemsOf(
      buildAlertFeed({
        site: 'https://gmina.pl',
        title: 'Komunikaty',
        description: 'Komunikaty',
        alerts: [alert],
      }),
    )
    expect(item!.description).not.toContain('<')
    expect(unescapeHtml(item!.description).startsWith(`${hostile} Dotyczy:`)).toBe(true)
    expect(item).not.toHaveProperty('injected')
  })
})
