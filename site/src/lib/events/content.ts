import type { Area, Category, Event } from '@ratusz/contract'
import { loadRecords } from '../store/records'
import type { FeedLink } from '../common/page-feeds'
import { eventFeedUrls } from './urls'

/** Published events, in start order. */
export async function loadEvents(): Promise<Event[]> {
  return (await loadRecords('events')).sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
}

/** The moment the build treats as "now": what is upcoming and what is archived is decided by it. */
export { buildNow } from '../build/build-now'

/** Categories and areas that have at least one event, by name. */
export function usedCategories(events: readonly Event[]): Category[] {
  return unique(events.flatMap((event) => event.categories))
}

/** Areas events are tagged with or organised by, by name. */
export function usedAreas(events: readonly Event[]): Area[] {
  return unique(
    events.flatMap((event) => [
      ...event.areas,
      ...(event.organiser?.kind === 'area' && event.organiser.area ? [event.organiser.area] : []),
    ]),
  )
}

function unique<T extends { id: string | number; name: string }>(items: readonly T[]): T[] {
  const byId = new Map(items.map((item) => [String(item.id), item]))
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'pl'))
}

export const eventsRssFeed: FeedLink = { title: 'Nadchodzące wydarzenia (RSS)', href: eventFeedUrls.rss }
export const eventsIcsFeed: FeedLink = {
  title: 'Kalendarz wydarzeń (iCalendar)',
  href: eventFeedUrls.ics,
  type: 'text/calendar',
}

export function categoryIcsFeed(category: Category): FeedLink {
  return {
    title: `Wydarzenia: ${category.name} (iCalendar)`,
    href: eventFeedUrls.category(category.slug),
    type: 'text/calendar',
  }
}

export function areaIcsFeed(area: Area): FeedLink {
  return {
    title: `${area.name}: wydarzenia (iCalendar)`,
    href: eventFeedUrls.area(area.slug),
    type: 'text/calendar',
  }
}

/** Whether an area has a calendar of its own (`/wydarzenia/obszar/<slug>/` and its feed): some event concerns it. */
export function hasAreaCalendar(events: readonly Event[], area: Pick<Area, 'id'>): boolean {
  return usedAreas(events).some((used) => String(used.id) === String(area.id))
}
