import RSS from 'rss'
import { absoluteUrl } from '../common/urls'
import { formatWhen, STATUS_LABELS } from './format'
import type { Occurrence } from './recurrence'
import { eventUrl } from './urls'
import { feedText } from '../common/feed-text'

type EventFeedOptions = {
  site: URL | string
  title: string
  description: string
  feedPath: string
  pagePath: string
  /** Upcoming occurrences, soonest first. */
  occurrences: readonly Occurrence[]
  imageUrl?: string
  limit?: number
}

/** A GUID that stays the same whatever happens to the event: a tag URI with the site's host and the record id. */
function eventGuid(site: URL | string, id: string | number): string {
  return `tag:${new URL(site).hostname},2025:events/${id}`
}

/** The feed item of an upcoming event: when and where first, then the lead; a changed status leads the title. */
function eventFeedItem(site: URL | string, { event, start, end }: Occurrence) {
  const status = event.status === 'planned' ? '' : `${STATUS_LABELS[event.status]}: `
  const where = [event.place.name, event.place.address].filter(Boolean).join(', ')
  const note = event.status !== 'planned' && event.statusNote ? ` ${event.statusNote}` : ''
  return {
    title: `${status}${event.title}`,
    description: feedText(`${formatWhen({ event, start, end })}, ${where}.${note} ${event.lead}`),
    url: absoluteUrl(eventUrl(event.slug), site),
    guid: eventGuid(site, event.id),
    date: event.updatedAt,
    categories: event.categories.map((category) => category.name),
  }
}

/** An RSS 2.0 feed of upcoming events, soonest first. */
export function buildEventFeed(options: EventFeedOptions): string {
  const feed = new RSS({
    title: options.title,
    description: feedText(options.description),
    feed_url: absoluteUrl(options.feedPath, options.site),
    site_url: absoluteUrl(options.pagePath, options.site),
    image_url: options.imageUrl,
    language: 'pl',
    ttl: 60,
  })
  for (const occurrence of options.occurrences.slice(0, options.limit ?? 50)) {
    feed.item(eventFeedItem(options.site, occurrence))
  }
  return feed.xml()
}

/** RSS items of the upcoming events, for the feed of everything (/rss.xml). */
export function upcomingEventFeedItems(
  site: URL | string,
  upcomingOccurrences: readonly Occurrence[],
  limit = 20,
) {
  return upcomingOccurrences.slice(0, limit).map((occurrence) => eventFeedItem(site, occurrence))
}
