import type { Article } from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { articleGuid, buildArticleFeed } from './feed'
import { parseFeed } from '../common/test-feed'

const at = '2025-06-14T16:00:00.000Z'

const guids = async (xml: string) => (await parseFeed(xml)).items.map((item) => item.guid)

function article(id: number, publishedAt: string, withCover = false): Article {
  return {
    id,
    title: `Tytuł ${id} & <coś>`,
    slug: `tytul-${id}`,
    lead: `Wstęp ${id}`,
    body: { root: { type: 'root', children: [] } },
    cover: withCover
      ? {
          id: 9,
          alt: 'Droga',
          decorative: false,
          url: '/api/media/file/droga.jpg',
          filename: 'droga.jpg',
          mimeType: 'image/jpeg',
          filesize: 123456,
          width: 1600,
          height: 900,
          sizes: {},
          createdAt: at,
          updatedAt: at,
        }
      : null,
    categories: [{ id: 1, name: 'Oświata', slug: 'oswiata', createdAt: at, updatedAt: at }],
    areas: [],
    attachments: [],
    featured: false,
    author: 'Referat Promocji',
    publishedAt,
    createdAt: at,
    updatedAt: at,
  }
}

describe('buildArticleFeed', () => {
  const xml = buildArticleFeed({
    site: 'https://gmina.pl',
    title: 'Aktualności – Gmina Przykładowo',
    description: 'Wiadomości z gminy',
    feedPath: '/aktualnosci/rss.xml',
    pagePath: '/aktualnosci/',
    articles: [article(1, '2025-01-01T10:00:00.000Z'), article(2, '2025-03-01T10:00:00.000Z', true)],
  })

  it('describes the channel in Polish with absolute links', () => {
    expect(xml).toContain('<language><![CDATA[pl]]></language>')
    expect(xml).toContain('<link>https://gmina.pl/aktualnosci/</link>')
    expect(xml).toContain('href="https://gmina.pl/aktualnosci/rss.xml"')
  })

  it('lists items newest first with absolute links, stable GUIDs and publication dates', () => {
    expect(xml.indexOf('Tytuł 2')).toBeLessThan(xml.indexOf('Tytuł 1'))
    expect(xml).toContain('<link>https://gmina.pl/aktualnosci/tytul-2/</link>')
    expect(xml).toContain('<guid isPermaLink="false">tag:gmina.pl,2025:articles/2</guid>')
    expect(xml).toContain('<pubDate>Sat, 01 Mar 2025 10:00:00 GMT</pubDate>')
    expect(xml).toContain('<category><![CDATA[Oświata]]></category>')
  })

  it('attaches the cover as an enclosure with its size and type', () => {
    expect(xml).toContain(
      '<enclosure url="https://gmina.pl/media/droga.jpg" length="123456" type="image/jpeg"/>',
    )
    expect(xml.match(/<enclosure/g)).toHaveLength(1)
  })

  it('keeps text safe inside the XML', () => {
    expect(xml).toContain('<title><![CDATA[Tytuł 2 & <coś>]]></title>')
  })

  it('keeps the GUID when the slug and title change, while the link follows the new slug', async () => {
    const renamed = { ...article(2, '2025-03-01T10:00:00.000Z'), title: 'Nowy tytuł', slug: 'nowy-tytul' }
    const after = buildArticleFeed({
      site: 'https://gmina.pl',
      title: 'Aktualności',
      description: 'Wiadomości z gminy',
      feedPath: '/aktualnosci/rss.xml',
      pagePath: '/aktualnosci/',
      articles: [renamed],
    })
    expect(await guids(after)).toEqual(['tag:gmina.pl,2025:articles/2'])
    expect(await guids(xml)).toEqual(['tag:gmina.pl,2025:articles/2', 'tag:gmina.pl,2025:articles/1'])
    expect(after).toContain('<link>https://gmina.pl/aktualnosci/nowy-tytul/</link>')
    expect(after).not.toContain('tytul-2')
  })

  it('writes the GUID from the host and the id alone', () => {
    expect(articleGuid('https://gmina.pl/aktualnosci/', 2)).toBe('tag:gmina.pl,2025:articles/2')
    expect(articleGuid(new URL('https://gmina.pl'), '2')).toBe('tag:gmina.pl,2025:articles/2')
  })

  it('drops an unpublished article from the next build of the feed, GUID and link', async () => {
    const next = buildArticleFeed({
      site: 'https://gmina.pl',
      title: 'Aktualności',
      description: 'Wiadomości z gminy',
      feedPath: '/aktualnosci/rss.xml',
      pagePath: '/aktualnosci/',
      articles: [article(1, '2025-01-01T10:00:00.000Z')],
    })
    expect(await guids(xml)).toContain('tag:gmina.pl,2025:articles/2')
    expect(await guids(next)).toEqual(['tag:gmina.pl,2025:articles/1'])
    expect(next).not.toContain('tytul-2')
  })

  it('keeps "]]>" in a title inside the XML without ending its CDATA section', async () => {
    const tricky = { ...article(3, '2025-04-01T10:00:00.000Z'), title: 'Koniec ]]> <b>nie</b>' }
    const feed = buildArticleFeed({
      site: 'https://gmina.pl',
      title: 'Aktualności',
      description: 'Wiadomości z gminy',
      feedPath: '/aktualnosci/rss.xml',
      pagePath: '/aktualnosci/',
      articles: [tricky],
    })
    expect((await parseFeed(feed)).items.map((item) => item.title)).toEqual(['Koniec ]]> <b>nie</b>'])
  })
})
