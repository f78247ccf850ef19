import type { BipChange, BipDocument } from '@ratusz/contract'
import RSS from 'rss'
import { absoluteUrl } from '../common/urls'
import { bipUrls } from './urls'
import { feedText } from '../common/feed-text'

type FeedBase = { site: URL | string; gminaName: string; limit?: number }

const guid = (site: URL | string, key: string) => `tag:${new URL(site).hostname},2025:bip/${key}`

/** RSS of new BIP documents, newest first. */
export function buildBipDocumentsFeed(options: FeedBase & { documents: readonly BipDocument[] }): string {
  const documents = options.documents.slice(0, options.limit ?? 50)
  const feed = new RSS({
    title: `BIP ${options.gminaName}: nowe dokumenty`,
    description: 'Nowe dokumenty w Biuletynie Informacji Publicznej',
    feed_url: absoluteUrl(bipUrls.feeds.documents, options.site),
    site_url: absoluteUrl(bipUrls.home, options.site),
    language: 'pl',
    pubDate: documents[0]?.publishedAt,
    ttl: 60,
  })
  for (const doc of documents) {
    feed.item({
      title: doc.title,
      description: feedText(
        `Informację wytworzył: ${doc.producedBy}. Podmiot udostępniający: ${doc.publisher}.`,
      ),
      url: absoluteUrl(bipUrls.document(doc.permanentId), options.site),
      guid: guid(options.site, `documents/${doc.permanentId}`),
      date: doc.publishedAt,
      author: doc.enteredBy,
    })
  }
  return feed.xml()
}

/** RSS of the register of changes: one item per published version. */
export function buildBipChangesFeed(options: FeedBase & { changes: readonly BipChange[] }): string {
  const changes = options.changes.slice(0, options.limit ?? 50)
  const feed = new RSS({
    title: `BIP ${options.gminaName}: rejestr zmian`,
    description: 'Zmiany w Biuletynie Informacji Publicznej',
    feed_url: absoluteUrl(bipUrls.feeds.changes, options.site),
    site_url: absoluteUrl(bipUrls.changes(), options.site),
    language: 'pl',
    pubDate: changes[0]?.changedAt,
    ttl: 60,
  })
  for (const change of changes) {
    feed.item({
      title: `${change.title} (wersja ${change.version})`,
      description: feedText(change.note),
      url: absoluteUrl(bipUrls.version(change.permanentId, change.version), options.site),
      guid: guid(options.site, `changes/${change.permanentId}/${change.version}`),
      date: change.changedAt,
      author: change.changedBy,
    })
  }
  return feed.xml()
}
