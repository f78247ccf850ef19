import type { NewsletterIssue, Periodical } from '@ratusz/contract'
import { localFileName } from '../common/urls'

/** Every public URL of the periodicals section (see the URL map in ../shared/design.md). */

export const PERIODICALS_URL = '/informator/'

export function periodicalUrl(periodical: Pick<Periodical, 'slug'>): string {
  return `/informator/${periodical.slug}/`
}

/** `/informator/<periodical>/<yyyy>/<number>/`, the number as its URL segment: "3/2022" → "3-2022". */
export function issueUrl(
  periodical: Pick<Periodical, 'slug'>,
  issue: Pick<NewsletterIssue, 'year' | 'urlSegment'>,
): string {
  return `/informator/${periodical.slug}/${issue.year}/${issue.urlSegment}/`
}

export function periodicalFeedUrl(periodical: Pick<Periodical, 'slug'>): string {
  return `/informator/${periodical.slug}/rss.xml`
}

/** Where an issue's PDF is served from in the static output. */
export function issuePdfUrl(issue: Pick<NewsletterIssue, 'filename'>): string {
  return `/informator/pliki/${localFileName(issue.filename)}`
}

/** Where a cover rendition is served from in the static output. */
export function coverFileUrl(filename: string): string {
  return `/informator/okladki/${localFileName(filename)}`
}
