import RSS from 'rss'
import { absoluteUrl } from '../common/urls'
import { feedText } from '../common/feed-text'
import type { ShownReport } from './load'
import { reportUrls } from './urls'

/** The RSS 2.0 feed of public reports (all, or one area's), newest first. */
export function buildReportFeed(options: {
  site: URL | string
  title: string
  description: string
  feedPath: string
  reports: readonly ShownReport[]
  limit?: number
}): string {
  const reports = options.reports.slice(0, options.limit ?? 50)
  const feed = new RSS({
    title: options.title,
    description: feedText(options.description),
    feed_url: absoluteUrl(options.feedPath, options.site),
    site_url: absoluteUrl(reportUrls.list, options.site),
    language: 'pl',
    pubDate: reports[0]?.updatedAt,
    ttl: 60,
  })
  for (const report of reports)
    feed.item({
      title: `${report.categoryName}: ${report.statusName}${report.areaRecord ? ` (${report.areaRecord.name})` : ''}`,
      description: feedText(
        [report.publicPlace, report.publicDescription].filter(Boolean).join(' – ') || report.categoryName,
      ),
      url: absoluteUrl(`${reportUrls.list}#zgloszenie-${report.id}`, options.site),
      guid: `tag:${new URL(options.site).hostname},2026:reports/${report.id}:${report.status}`,
      date: report.updatedAt,
      categories: [report.categoryName, ...(report.areaRecord ? [report.areaRecord.name] : [])],
    })
  return feed.xml()
}
