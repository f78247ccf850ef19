import type { Alert } from '@ratusz/contract'
import RSS from 'rss'
import { formatDateTime } from '../common/dates'
import { absoluteUrl } from '../common/urls'
import { areaNames, KIND_LABELS, SEVERITY_LABELS } from './labels'
import { alertUrls } from './urls'
import { feedText } from '../common/feed-text'

/** A GUID that stays the same whatever happens to the alert: a tag URI with the site's host and the record id. */
function alertGuid(site: URL | string, id: string | number): string {
  return `tag:${new URL(site).hostname},2025:alerts/${id}`
}

/** "Obowiązuje od 14 czerwca 2025 o 10:00 do 15 czerwca 2025 o 8:00" or "… do odwołania". */
export function describePeriod(alert: Pick<Alert, 'validFrom' | 'validUntil'>): string {
  const until = alert.validUntil ? `do ${formatDateTime(alert.validUntil)}` : 'do odwołania'
  return `Obowiązuje od ${formatDateTime(alert.validFrom)} ${until}`
}

/** One alert as an RSS item: severity in the title, the short text, the areas and the period. */
export function alertFeedItem(alert: Alert, site: URL | string): RSS.ItemOptions {
  return {
    title: `${SEVERITY_LABELS[alert.severity]}: ${alert.title}`,
    description: feedText(`${alert.shortText} Dotyczy: ${areaNames(alert.areas)}. ${describePeriod(alert)}.`),
    url: absoluteUrl(alertUrls.alert(alert.slug), site),
    guid: alertGuid(site, alert.id),
    date: alert.publishedAt,
    author: alert.source ?? undefined,
    categories: [KIND_LABELS[alert.kind], ...alert.areas.map((area) => area.name)],
  }
}

type AlertFeedOptions = {
  site: URL | string
  title: string
  description: string
  alerts: readonly Alert[]
  imageUrl?: string
  limit?: number
}

/** The RSS 2.0 feed of alerts, most recently published first. */
export function buildAlertFeed(options: AlertFeedOptions): string {
  const alerts = [...options.alerts]
    .sort((a, b) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt))
    .slice(0, options.limit ?? 50)
  const feed = new RSS({
    title: options.title,
    description: feedText(options.description),
    feed_url: absoluteUrl(alertUrls.feed, options.site),
    site_url: absoluteUrl(alertUrls.list, options.site),
    image_url: options.imageUrl,
    language: 'pl',
    pubDate: alerts[0]?.publishedAt,
    ttl: 15,
  })
  for (const alert of alerts) feed.item(alertFeedItem(alert, options.site))
  return feed.xml()
}
