import type RSS from 'rss'
import { buildNow, loadEvents } from './content'
import { upcoming } from './lists'
import { upcomingEventFeedItems } from './rss'

/** The next upcoming events as RSS items, for the site-wide /rss.xml. */
export async function siteFeedEventItems(site: URL | string): Promise<RSS.ItemOptions[]> {
  return upcomingEventFeedItems(site, upcoming(await loadEvents(), buildNow()))
}
