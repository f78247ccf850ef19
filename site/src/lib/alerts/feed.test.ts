import { describe, expect, it } from 'vitest'
import { parseFeed } from '../common/test-feed'
import { buildAlertFeed } from './feed'
import { alertOf, debina, floodGroup } from './fixtures'

const site = 'https://lipowawola.example.pl'
const feedOf = (alerts: ReturnType<typeof alertOf>[]) =>
  buildAlertFeed({ site, title: 'Komunikaty', description: 'Komunikaty i ostrzeżenia', alerts })

const flood = alertOf({
  title: 'Wezbranie ]]> rzeki',
  slug: 'wezbranie-rzeki',
  kind: 'powodz',
  severity: 'ostrzezenie',
  shortText: 'Poziom wody <rośnie>.',
  areas: [floodGroup, debina],
  validFrom: '2025-06-14T08:00:00.000Z',
  validUntil: null,
  source: 'IMGW-PIB',
  publishedAt: '2025-06-14T07:30:00.000Z',
})
const water = alertOf({
  slug: 'przerwa-w-dostawie-wody',
  kind: 'woda',
  publishedAt: '2025-06-13T07:00:00.000Z',
})

describe('buildAlertFeed', () => {
  it('lists alerts newest first with severity, kind, areas and period as a resident reads them', async () => {
    const feed = await parseFeed(feedOf([water, flood]))
    expect(feed.link).toBe(`${site}/komunikaty/`)
    expect(
      feed.items.map(({ title, link, guid, categories, content }) => ({
        title,
        link,
        guid,
        categories,
        content,
      })),
    ).toEqual([
      {
        title: 'Ostrzeżenie: Wezbranie ]]> rzeki',
        link: `${site}/komunikaty/wezbranie-rzeki/`,
        guid: `tag:lipowawola.example.pl,2025:alerts/${flood.id}`,
        categories: ['Zagrożenie powodziowe', 'Zagrożenie powodziowe', 'Dębina'],
        content:
          'Poziom wody &lt;rośnie&gt;. Dotyczy: Zagrożenie powodziowe, Dębina. Obowiązuje od 14 czerwca 2025 o 10:00 do odwołania.',
      },
      {
        title: `Informacja: Komunikat ${water.id}`,
        link: `${site}/komunikaty/przerwa-w-dostawie-wody/`,
        guid: `tag:lipowawola.example.pl,2025:alerts/${water.id}`,
        categories: ['Przerwa w dostawie wody'],
        content:
          'Krótka treść. Dotyczy: cała gmina. Obowiązuje od 14 czerwca 2025 o 10:00 do 14 czerwca 2025 o 22:00.',
      },
    ])
    expect(feed.items[0]!.pubDate).toBe('Sat, 14 Jun 2025 07:30:00 GMT')
  })

  it('drops an alert unpublished since the last build', async () => {
    const feed = await parseFeed(feedOf([water]))
    expect(feed.items.map((item) => item.guid)).toEqual([`tag:lipowawola.example.pl,2025:alerts/${water.id}`])
    expect(feedOf([water])).not.toContain('wezbranie-rzeki')
  })
})
