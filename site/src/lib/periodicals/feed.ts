import type { NewsletterIssue, Periodical } from '@ratusz/contract'
import RSS from 'rss'
import { absoluteUrl } from '../common/urls'
import { pdfDownloadLabel } from './format'
import { issuePdfUrl, issueUrl, periodicalFeedUrl, periodicalUrl } from './urls'
import { feedText } from '../common/feed-text'

type IssueFeedOptions = {
  site: URL | string
  periodical: Periodical
  issues: readonly NewsletterIssue[]
  /** The build's "now": no date in the feed is later. */
  now: Date
  imageUrl?: string
  limit?: number
}

/** An issue's title in feeds and pages: "Informator Lipowej Woli nr 3/2024" or the supplement's subject. */
export function issueTitle(periodical: Periodical, issue: NewsletterIssue): string {
  return issue.kind === 'supplement'
    ? `${periodical.title}: ${issue.subject ?? 'dodatek specjalny'} (${issue.number})`
    : `${periodical.title} nr ${issue.number}`
}

/** An issue's publication date in a feed: its own, or `now` for an issue dated later (readers sort by it). */
const feedDate = (issue: NewsletterIssue, now: Date): Date =>
  new Date(Math.min(Date.parse(issue.publishedOn), now.getTime()))

/**
 * An RSS 2.0 feed of a periodical's issues, newest first, each with its PDF as the enclosure (absolute URL, exact
 * byte length, application/pdf) so podcatcher-style readers can fetch the file. No pubDate is in the future: an
 * issue dated after the build's `now` gets `now`.
 */
export function buildIssueFeed({
  site,
  periodical,
  issues,
  now,
  imageUrl,
  limit = 50,
}: IssueFeedOptions): string {
  const newest = [...issues]
    .sort((a, b) => Date.parse(b.publishedOn) - Date.parse(a.publishedOn))
    .slice(0, limit)
  const feed = new RSS({
    title: periodical.title,
    description: feedText(periodical.description ?? `Nowe numery: ${periodical.title}`),
    feed_url: absoluteUrl(periodicalFeedUrl(periodical), site),
    site_url: absoluteUrl(periodicalUrl(periodical), site),
    image_url: imageUrl,
    language: 'pl',
    pubDate: newest[0] && feedDate(newest[0], now),
    ttl: 360,
  })
  for (const issue of newest) {
    const contents = issue.contents.map((entry) => `${entry.title} (s. ${entry.page})`).join('; ')
    feed.item({
      title: issueTitle(periodical, issue),
      description: feedText(
        [pdfDownloadLabel(issue.filesize, issue.pageCount), contents].filter(Boolean).join('. '),
      ),
      url: absoluteUrl(issueUrl(periodical, issue), site),
      guid: `tag:${new URL(site).hostname},2025:newsletter-issues/${issue.id}`,
      date: feedDate(issue, now),
      enclosure: {
        url: absoluteUrl(issuePdfUrl(issue), site),
        size: issue.filesize,
        type: 'application/pdf',
      },
    })
  }
  return feed.xml()
}
