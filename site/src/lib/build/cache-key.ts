import { createHash } from 'node:crypto'
import type { Event } from '@ratusz/contract'
import { warsawDay } from '@ratusz/warsaw-time'
import { loadAlertsNow } from '../alerts/load'
import { activeAlerts, alertStatus } from '../alerts/status'
import { loadBipCategories, loadBipSettings } from '../bip/content'
import { isClosed } from '../bip/deadlines'
import { buildNow } from './build-now'
import { perBuild } from './per-build'
import { loadSettings } from '../common/settings'
import { loadEvents } from '../events/content'
import { occurrences } from '../events/recurrence'
import { sectionOn } from '../store/sections'

/**
 * Keys of Astro's incremental build (`experimental.incrementalBuild`): a page whose key and template are the
 * same as in the previous build is copied from it instead of rendered again. A key must cover everything the
 * page shows, so every route builds it from the data it passes as props plus what its layout and components
 * read themselves: `pageKey` adds the site-wide part (settings, the alerts banner, the BIP menu) to the route's
 * own data; time-dependent pages add their state at the build's "now" (`eventTimeState`, an alert's status).
 */

const replacer = (_key: string, value: unknown) =>
  value instanceof Map ? [...value.entries()] : value instanceof Set ? [...value] : value

/** A short digest of any JSON-able data (Dates as ISO strings, Maps and Sets as arrays). */
export const digest = (...data: unknown[]): string =>
  createHash('sha1').update(JSON.stringify(data, replacer)).digest('base64url')

/** What every page's layout shows: the settings (header, footer), the active alerts' banner, the BIP menu. */
const loadSiteKey = async (): Promise<string> => {
  const [settings, bipSettings, bipCategories, { alerts, now }] = await Promise.all([
    loadSettings(),
    sectionOn('bip') ? loadBipSettings() : null,
    loadBipCategories(),
    loadAlertsNow(),
  ])
  return digest(settings, bipSettings, bipCategories, activeAlerts(alerts, now))
}

/** The incremental-build key of a page showing `data`, with the site-wide part every layout adds. */
async function pageKey(...data: unknown[]): Promise<string> {
  return digest(await perBuild('site-key', loadSiteKey), data)
}

/**
 * `getStaticPaths` with a key on every path: `export const getStaticPaths = keyed(async () => paths, keyOf)`. The
 * key is the page key of `keyOf(path)`, by default the path's params and props.
 */
export const keyed =
  <P extends { params: object; props?: unknown }>(
    load: () => Promise<P[]>,
    keyOf: (path: P) => unknown = (path) => [path.params, path.props],
  ) =>
  async (): Promise<(P & { cacheKey: string })[]> =>
    Promise.all((await load()).map(async (path) => ({ ...path, cacheKey: await pageKey(await keyOf(path)) })))

/**
 * What of an event depends on the clock: how many of its occurrences have ended and whether its registration
 * has closed. A page showing the event changes exactly when this does (the time-driven publish runs then).
 */
export function eventTimeState(event: Event, now: Date): [number, boolean] {
  const ended = occurrences(event).filter((occurrence) => occurrence.end.getTime() <= now.getTime()).length
  const deadline = event.registration?.deadline
  return [ended, deadline ? Date.parse(deadline) < now.getTime() : false]
}

/**
 * Every event with its clock state, and today's date (calendars mark it): the key part of the pages listing
 * events (lists, calendars, their filters).
 */
export function allEventsKey(): Promise<string> {
  return perBuild('events-key', () =>
    loadEvents().then((events) => {
      const now = buildNow()
      return digest(
        events,
        events.map((event) => eventTimeState(event, now)),
        warsawDay(now),
      )
    }),
  )
}

/** Every alert with its status at the build's "now": the key part of the pages that list alerts of an area. */
export function allAlertsKey(): Promise<string> {
  return perBuild('alerts-key', () =>
    loadAlertsNow().then(({ alerts, now }) =>
      digest(alerts.map((alert) => [alert, alertStatus(alert, now)])),
    ),
  )
}

/** Whether each deadline shown (tenders, job offers) has passed: BIP pages show it as open or closed. */
export const deadlinesState = (documents: readonly { deadline?: string | null }[]) =>
  documents.map((document) => (document.deadline ? isClosed({ deadline: document.deadline }) : null))
