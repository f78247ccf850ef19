import { createHash } from 'node:crypto'
import { composeKey, SITE_REGIONS_MEMO } from '@ratusz/site-build/regions'
import type { Event } from '@ratusz/contract'
import { warsawDay } from '@ratusz/warsaw-time'
import { loadAlertsNow } from '../alerts/load'
import { activeAlerts, alertStatus } from '../alerts/status'
import { loadBipCategories, loadBipSettings } from '../bip/content'
import { closedByClock, deadlineClock } from '../bip/deadline-clock'
import { buildNow } from './build-now'
import { perBuild } from './per-build'
import { contactDetails, loadSettings, settingsOutsideContact } from '../common/settings'
import { loadEvents } from '../events/content'
import { occurrences } from '../events/recurrence'
import { sectionOn } from '../store/sections'

/**
 * Keys of Astro's incremental build (`experimental.incrementalBuild`): a page whose key and template are the
 * same as in the previous build is copied from it instead of rendered again. A key must cover everything the
 * page shows, so every route builds it from the data it passes as props plus what its layout and components
 * read themselves: `pageKey` adds the site-wide part (settings, the alerts banner, the BIP menu) to the route's
 * own data; time-dependent pages add their state at the build's "now" (`eventTimeState`, an alert's status).
 *
 * The alerts banner and the footer's contact details are site-wide regions (`@ratusz/site-build/regions`, marked
 * in BaseLayout and SiteFooter): their digests are kept apart in the key (`<own>~alerts=<digest>~contact=<digest>`).
 * Astro compares whole keys, so its incremental build renders every page again when a region changes; the warm
 * renderer compares the own parts and splices the regions into the pages whose own part is unchanged.
 */

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url')

/** A CMS record: it has an id and the time of its last change. */
const isRecord = (value: unknown): value is object =>
  typeof value === 'object' &&
  value !== null &&
  'id' in value &&
  typeof (value as { updatedAt?: unknown }).updatedAt === 'string'

/** Maps and Sets as arrays; a record inside the data as its own digest, made once per build (recordDigest). */
const replacer = (key: string, value: unknown): unknown => {
  if (value instanceof Map) return [...value.entries()]
  if (value instanceof Set) return [...value]
  return key !== '' && isRecord(value) ? `#${recordDigest(value)}` : value
}

/**
 * The digest of a record, memoised for the build by the record object: a record shows on many pages (its own, the
 * lists, categories and areas, feeds), and each page's key would otherwise serialise it again. The store's
 * records are not changed in place; a changed record is a new object, and the next build starts a new memo.
 */
const recordDigest = (record: object): string => {
  const memo = perBuild('record-digests', () => new WeakMap<object, string>(), 'cache')
  let known = memo.get(record)
  if (known === undefined) {
    known = sha1(JSON.stringify(record, replacer))
    memo.set(record, known)
  }
  return known
}

/** A short digest of any JSON-able data (Dates as ISO strings, Maps and Sets as arrays). */
export const digest = (...data: unknown[]): string => sha1(JSON.stringify(data, replacer))

/** The settings, the BIP's settings when the section is on, and the BIP menu: what the layout shows of the site. */
const loadSiteData = () =>
  Promise.all([loadSettings(), sectionOn('bip') ? loadBipSettings() : null, loadBipCategories()])

/**
 * What every page's layout shows outside its regions: the settings but the contact details (header, title, the
 * rest of the footer) and the BIP menu.
 */
const loadLayoutKey = async (): Promise<string> => {
  const [settings, bipSettings, bipCategories] = await loadSiteData()
  return digest(settingsOutsideContact(settings), bipSettings, bipCategories)
}

/** For a file without the layout (a feed, a calendar), which may show any setting: all of them in one. */
const loadEverythingKey = async (): Promise<string> => digest(...(await loadSiteData()))

/**
 * The site-wide regions' digests: the footer's contact details, and the active alerts' banner when the alerts
 * section is on (BaseLayout shows it only then). A memo of its own, read only to compose keys
 * (`SITE_REGIONS_MEMO`): when it alone changed, the warm renderer puts the new digests in a route's last keys
 * instead of walking the route again.
 */
const loadRegionsKey = async (): Promise<Record<string, string>> => {
  const [settings, { alerts, now }] = await Promise.all([loadSettings(), loadAlertsNow()])
  return {
    contact: digest(contactDetails(settings)),
    ...(sectionOn('alerts') ? { alerts: digest(activeAlerts(alerts, now)) } : {}),
  }
}

/**
 * The incremental-build key of a page showing `data`, with the site-wide parts every layout adds; a file that is
 * not a page of the layout (a feed, a calendar) has no regions to splice, so every setting is in its own key.
 * Each part is a memo of its own, so that a route's walk depends only on the parts its keys hold.
 */
async function pageKey(data: unknown, withRegions: boolean): Promise<string> {
  if (!withRegions) return digest(await perBuild('site-everything', loadEverythingKey), data)
  const [layout, regions] = await Promise.all([
    perBuild('site-layout', loadLayoutKey),
    perBuild(SITE_REGIONS_MEMO, loadRegionsKey),
  ])
  return composeKey(digest(layout, data), regions)
}

/**
 * `getStaticPaths` with a key on every path: `export const getStaticPaths = keyed(async () => paths, keyOf)`. The
 * key is the page key of `keyOf(path)`, by default the path's params and props. An endpoint (a feed, a calendar:
 * no layout, so no banner) passes `{ regions: false }`: its key must not change with the banner, or the warm
 * renderer, finding no banner to splice in it, would refuse every alert's publish (a settings change renders it).
 */
export const keyed =
  <P extends { params: object; props?: unknown }>(
    load: () => Promise<P[]>,
    keyOf: (path: P) => unknown = (path) => [path.params, path.props],
    { regions = true }: KeyOptions = {},
  ) =>
  async (): Promise<(P & { cacheKey: string })[]> =>
    Promise.all(
      (await load()).map(async (path) => ({
        ...path,
        cacheKey: await pageKey(await keyOf(path), regions),
      })),
    )

/** Whether a path's key covers the site-wide regions: a page of the layout does, an endpoint does not. */
type KeyOptions = { regions?: boolean }

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
export async function deadlinesState(documents: readonly { deadline?: string | null }[]) {
  const clock = await deadlineClock()
  return documents.map((document) =>
    document.deadline ? closedByClock(clock, { deadline: document.deadline }) : null,
  )
}
