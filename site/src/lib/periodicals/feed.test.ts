import { newsletterIssue, periodical } from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { parseFeed } from '../common/test-feed'
import { buildIssueFeed } from './feed'

const site = 'https://lipowawola.example.pl'
const at = '2024-03-15T10:00:00.000Z'

const informator = periodical.parse({
  id: 1,
  title: 'Informator Lipowej Woli',
  slug: 'informator-lipowej-woli',
  description: 'Dwumiesięcznik ]]> gminy',
  publisher: 'Urząd Gminy Lipowa Wola',
  frequency: 'bimonthly',
  createdAt: at,
  updatedAt: at,
})

const issueOf = (id: number, number: string, publishedOn: string, extra: Record<string, unknown> = {}) =>
  newsletterIssue.parse({
    id,
    periodical: 1,
    number,
    urlSegment: number.replace('/', '-'),
    year: Number(number.split('/')[1]),
    publishedOn,
    kind: 'regular',
    contents: [{ title: 'Nowa świetlica', page: 3 }],
    url: `/api/newsletter-issues/file/informator-${number.replace('/', '-')}.pdf`,
    filename: `informator-${number.replace('/', '-')}.pdf`,
    mimeType: 'application/pdf',
    filesize: 402_113,
    pageCount: 8,
    createdAt: at,
    updatedAt: at,
    ...extra,
  })

const march = issueOf(7, '2/2024', '2024-03-15T10:00:00.000Z')
const supplement = issueOf(8, '3/2024', '2024-05-15T10:00:00.000Z', {
  kind: 'supplement',
  subject: 'Wybory ]]> samorządowe',
  contents: [],
  pageCount: null,
})

const now = new Date('2024-06-01T12:00:00.000Z')
const feedOf = (issues: (typeof march)[]) => buildIssueFeed({ site, periodical: informator, issues, now })

describe('buildIssueFeed', () => {
  it('lists issues newest first, each with its PDF as the enclosure', async () => {
    const feed = await parseFeed(feedOf([march, supplement]))
    expect(feed.description).toBe('Dwumiesięcznik ]]&gt; gminy')
    expect(
      feed.items.map(({ title, link, guid, content, enclosure }) => ({
        title,
        link,
        guid,
        content,
        enclosure,
      })),
    ).toEqual([
      {
        title: 'Informator Lipowej Woli: Wybory ]]> samorządowe (3/2024)',
        link: `${site}/informator/informator-lipowej-woli/2024/3-2024/`,
        guid: 'tag:lipowawola.example.pl,2025:newsletter-issues/8',
        content: 'PDF, 393 kB',
        enclosure: {
          url: `${site}/informator/pliki/informator-3-2024.pdf`,
          length: '402113',
          type: 'application/pdf',
        },
      },
      {
        title: 'Informator Lipowej Woli nr 2/2024',
        link: `${site}/informator/informator-lipowej-woli/2024/2-2024/`,
        guid: 'tag:lipowawola.example.pl,2025:newsletter-issues/7',
        content: 'PDF, 393 kB, 8 stron. Nowa świetlica (s. 3)',
        enclosure: {
          url: `${site}/informator/pliki/informator-2-2024.pdf`,
          length: '402113',
          type: 'application/pdf',
        },
      },
    ])
  })

  it("dates an issue dated after the build's now at most now, in its item and the channel", async () => {
    const july = issueOf(9, '4/2024', '2024-07-15T10:00:00.000Z')
    const feed = await parseFeed(feedOf([march, july]))
    expect(feed.items.map((item) => [item.guid, new Date(item.pubDate!).toISOString()])).toEqual([
      ['tag:lipowawola.example.pl,2025:newsletter-issues/9', '2024-06-01T12:00:00.000Z'],
      ['tag:lipowawola.example.pl,2025:newsletter-issues/7', '2024-03-15T10:00:00.000Z'],
    ])
    expect(new Date((feed as { pubDate?: string }).pubDate!).toISOString()).toBe('2024-06-01T12:00:00.000Z')
  })

  it('drops an issue unpublished since the last build', async () => {
    const feed = await parseFeed(feedOf([march]))
    expect(feed.items.map((item) => item.guid)).toEqual([
      'tag:lipowawola.example.pl,2025:newsletter-issues/7',
    ])
    expect(feedOf([march])).not.toContain('informator-3-2024')
  })
})
