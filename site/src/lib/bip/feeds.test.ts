import { bipChange, bipDocument } from '@ratusz/contract'
import { describe, expect, it } from 'vitest'
import { parseFeed } from '../common/test-feed'
import { buildBipChangesFeed, buildBipDocumentsFeed } from './feeds'

const site = 'https://lipowawola.example.pl'
const at = '2025-06-14T16:00:00.000Z'

const documentOf = (id: number, permanentId: string, title: string, publishedAt: string) =>
  bipDocument.parse({
    id,
    permanentId,
    version: 1,
    title,
    category: 3,
    kind: 'dokument',
    body: { root: { type: 'root', children: [] } },
    publisher: 'Urząd Gminy Lipowa Wola',
    producedBy: 'Rada Gminy',
    producedAt: '2025-06-10T10:00:00.000Z',
    enteredBy: 'Anna Nowak',
    publishedAt,
    createdAt: at,
    updatedAt: at,
  })

const resolution = documentOf(
  1,
  'uchwala-xii-45-2025',
  'Uchwała ]]> nr XII/45/2025',
  '2025-06-14T08:00:00.000Z',
)
const tender = documentOf(2, 'przetarg-droga', 'Przetarg na drogę', '2025-06-12T08:00:00.000Z')

describe('buildBipDocumentsFeed', () => {
  const feedOf = (documents: (typeof resolution)[]) =>
    buildBipDocumentsFeed({ site, gminaName: 'Gmina Lipowa Wola', documents })

  it('lists documents with their permanent link, GUID, metadata and author', async () => {
    const feed = await parseFeed(feedOf([resolution, tender]))
    expect(feed.title).toBe('BIP Gmina Lipowa Wola: nowe dokumenty')
    expect(feed.items.map(({ title, link, guid, content }) => ({ title, link, guid, content }))).toEqual([
      {
        title: 'Uchwała ]]> nr XII/45/2025',
        link: `${site}/bip/dokument/uchwala-xii-45-2025/`,
        guid: 'tag:lipowawola.example.pl,2025:bip/documents/uchwala-xii-45-2025',
        content: 'Informację wytworzył: Rada Gminy. Podmiot udostępniający: Urząd Gminy Lipowa Wola.',
      },
      {
        title: 'Przetarg na drogę',
        link: `${site}/bip/dokument/przetarg-droga/`,
        guid: 'tag:lipowawola.example.pl,2025:bip/documents/przetarg-droga',
        content: 'Informację wytworzył: Rada Gminy. Podmiot udostępniający: Urząd Gminy Lipowa Wola.',
      },
    ])
    expect(feed.items[0]!.pubDate).toBe('Sat, 14 Jun 2025 08:00:00 GMT')
  })

  it('drops a document unpublished since the last build', async () => {
    const feed = await parseFeed(feedOf([tender]))
    expect(feed.items.map((item) => item.guid)).toEqual([
      'tag:lipowawola.example.pl,2025:bip/documents/przetarg-droga',
    ])
    expect(feedOf([tender])).not.toContain('uchwala-xii-45-2025')
  })
})

describe('buildBipChangesFeed', () => {
  const {
    id: _id,
    permanentId: _permanentId,
    version: _version,
    createdAt: _c,
    updatedAt: _u,
    ...snapshot
  } = resolution
  const change = (version: number, note: string) =>
    bipChange.parse({
      id: version,
      document: 1,
      permanentId: 'uchwala-xii-45-2025',
      title: 'Uchwała nr XII/45/2025',
      version,
      action: version === 1 ? 'publikacja' : 'zmiana',
      note,
      changedBy: 'Jan Kowalski',
      changedAt: `2025-06-1${version}T10:00:00.000Z`,
      snapshot,
      createdAt: at,
      updatedAt: at,
    })

  it('gives every version its own item, link and GUID', async () => {
    const feed = await parseFeed(
      buildBipChangesFeed({
        site,
        gminaName: 'Gmina Lipowa Wola',
        changes: [change(2, 'Poprawiono załącznik ]]> nr 1'), change(1, 'Publikacja')],
      }),
    )
    expect(feed.items.map(({ title, link, guid, content }) => ({ title, link, guid, content }))).toEqual([
      {
        title: 'Uchwała nr XII/45/2025 (wersja 2)',
        link: `${site}/bip/dokument/uchwala-xii-45-2025/historia/2/`,
        guid: 'tag:lipowawola.example.pl,2025:bip/changes/uchwala-xii-45-2025/2',
        content: 'Poprawiono załącznik ]]&gt; nr 1',
      },
      {
        title: 'Uchwała nr XII/45/2025 (wersja 1)',
        link: `${site}/bip/dokument/uchwala-xii-45-2025/historia/1/`,
        guid: 'tag:lipowawola.example.pl,2025:bip/changes/uchwala-xii-45-2025/1',
        content: 'Publikacja',
      },
    ])
  })
})
