import type { Area } from '@ratusz/contract'
import type RSS from 'rss'
import { alertFeedItem } from './feed'
import { loadAlerts } from './load'
import { concernsArea } from './status'

/** RSS items of the alerts that concern an area (those naming it and those for the whole gmina). */
export async function areaAlertFeedItems(area: Area, site: URL): Promise<RSS.ItemOptions[]> {
  return (await loadAlerts())
    .filter((alert) => concernsArea(alert, area.id))
    .map((alert) => alertFeedItem(alert, site))
}

/** RSS items of every published alert, for the feed of everything. */
export async function allAlertFeedItems(site: URL): Promise<RSS.ItemOptions[]> {
  return (await loadAlerts()).map((alert) => alertFeedItem(alert, site))
}
