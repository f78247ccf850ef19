import { describe, expect, it } from 'vitest'
import { parseFeed } from '../common/test-feed'
import { occurrences } from './recurrence'
import { buildEventFeed } from './rss'
import { testEvent } from './test-event'

const site = 'https://lipowawola.example.pl'
const feedOf = (events: ReturnType<typeof testEvent>[]) =>
  buildEventFeed({
    site,
    title: 'Wydarzenia – Gmina Lipowa Wola',
    description: 'Nadchodzące wydarzenia',
    feedPath: '/wydarzenia/rss.xml',
    pagePath: '/wydarzenia/',
    occurrences: events.flatMap((event) =>
      occurrences(event, new Date('2025-12-31T00:00:00.000Z')).slice(0, 1),
    ),
  })

const choir = testEvent()
const fair = testEvent({
  id: 2,
  title: 'Jarmark ]]> świąteczny',
  slug: 'jarmark',
  lead: 'Stoiska <b>i</b> kolędy.',
  start: '2025-12-13T09:00:00.000Z',
  end: '2025-12-13T15:00:00.000Z',
  status: 'postponed',
  statusNote: 'Nowy termin wkrótce.',
  place: { name: 'Rynek', address: null },
  categories: [],
})

describe('buildEventFeed', () => {
  it('lists each event once with its link, stable GUID, categories and when and where first', async () => {
    const feed = await parseFeed(feedOf([choir, fair]))
    expect(feed.link).toBe(`${site}/wydarzenia/`)
    expect(
      feed.items.map(({ title, link, guid, categories }) => ({ title, link, guid, categories })),
    ).toEqual([
      {
        title: 'Próba chóru',
        link: `${site}/wydarzenia/proba-choru/`,
        guid: 'tag:lipowawola.example.pl,2025:events/1',
        categories: ['Kultura i sport'],
      },
      {
        title: 'Przełożone: Jarmark ]]> świąteczny',
        link: `${site}/wydarzenia/jarmark/`,
        guid: 'tag:lipowawola.example.pl,2025:events/2',
        categories: undefined,
      },
    ])
    expect(feed.items[0]!.content).toBe(
      'czwartek, 20 marca 2025, 18:00–19:30, Gminny Ośrodek Kultury, ul. Parkowa 1, Lipowa Wola. Chór zaprasza.',
    )
    expect(feed.items[1]!.content).toBe(
      'sobota, 13 grudnia 2025, 10:00–16:00, Rynek. Nowy termin wkrótce. Stoiska &lt;b&gt;i&lt;/b&gt; kolędy.',
    )
  })

  it('drops an event unpublished since the last build', async () => {
    const feed = await parseFeed(feedOf([fair]))
    expect(feed.items.map((item) => item.guid)).toEqual(['tag:lipowawola.example.pl,2025:events/2'])
    expect(feedOf([fair])).not.toContain('proba-choru')
  })
})
