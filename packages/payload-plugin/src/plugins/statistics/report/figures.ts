import { warsawDay } from '@ratusz/warsaw-time'
import type { CollectionSlug, Payload, Where } from 'payload'
import { BIP_SLUGS } from '../../bip/slugs'
import { subscriberTable, type SubscriberRow } from '../../notifications/counts/counts-endpoint'
import { monthlyActivity } from '../../notifications/counts/monthly-activity'
import { NOTIFICATION_SLUGS } from '../../notifications/slugs'
import { PERIODICAL_SLUGS } from '../../periodicals/slugs'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { TRAFFIC_SECTIONS, type TrafficSection } from '../log/classify-request'
import type { StoredDay } from '../import/merge-day'
import { STATISTICS_SLUGS } from '../slugs'
import { dayBefore, periodInstants, type Period } from './period'
import { reportsFiguresProvider, type ReportsFigures } from './reports-seam'

/**
 * Every figure below is `null` when Ratusz holds no data for it in the period ("brak danych"): a section not
 * installed, or no record of that kind dated on or before the period's end (the years before Ratusz). A zero is
 * shown only when Ratusz was counting and counted nothing.
 */
type Counts = { pageViews: number; visitors: number }

export type MonthTraffic = Counts & { month: string; sections: Record<TrafficSection, Counts> }

export type TrafficFigures = {
  /** Days of the period with imported traffic (of `daysInPeriod`). */
  daysWithData: number
  daysInPeriod: number
  firstDay: string
  lastDay: string
  pageViews: number
  /** The sum of daily visitors: not a number of people (the salt changes daily). */
  visitorsDailySum: number
  sections: Record<TrafficSection, Counts>
  feedFetches: number
  calendarFetches: number
  pdfDownloads: number
  months: MonthTraffic[]
  topPages: { path: string; pageViews: number }[]
  topReferrers: { domain: string; entries: number }[]
}

export type PeriodicalFigures = {
  title: string
  printRun: number | null
  regularIssues: number
  supplements: number
  /** Copies printed in the period: each issue's print run, or the periodical's; null when neither is known. */
  copiesPrinted: number | null
  issues: {
    number: string
    publishedOn: string
    kind: string
    subject: string | null
    printRun: number | null
  }[]
}

export type SubscriberChange = SubscriberRow & { before: SubscriberRow | null; change: number | null }

export type NotificationFigures = {
  /** The day the table counts (31 December of a year, or the range's last day). */
  on: string
  /** The day before the period: the change is counted from it. */
  before: string
  groups: SubscriberChange[]
  started: number
  ended: number
  sent: number
  failed: number
}

export type HistoricFigure = { year: number; channel: string; measure: string; value: number; source: string }

export type PeriodFigures = {
  period: Period
  traffic: TrafficFigures | null
  content: { articles: number | null; events: number | null; alerts: number | null }
  periodicals: PeriodicalFigures[] | null
  bip: { documentsPublished: number; changes: Record<string, number>; changesTotal: number } | null
  notifications: NotificationFigures | null
  reports: ReportsFigures | null
  /** Typed-in figures of the years up to the period's last (BIP visits since 2003, Facebook, …). */
  historic: HistoricFigure[]
}

const TOP = 10

const installed = (payload: Payload, slug: string): boolean => slug in payload.collections

const dayCount = (period: Period): number =>
  Math.round((Date.parse(`${period.to}T00:00:00Z`) - Date.parse(`${period.from}T00:00:00Z`)) / 86_400_000) + 1

const emptySections = (): Record<TrafficSection, Counts> =>
  Object.fromEntries(TRAFFIC_SECTIONS.map((s) => [s, { pageViews: 0, visitors: 0 }])) as Record<
    TrafficSection,
    Counts
  >

const top = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'pl')).slice(0, TOP)

/** Traffic of the period from the daily records; null when no day of it was imported. */
export const trafficFigures = async (payload: Payload, period: Period): Promise<TrafficFigures | null> => {
  if (!installed(payload, STATISTICS_SLUGS.trafficDays)) return null
  const found = await payload.find({
    collection: STATISTICS_SLUGS.trafficDays as CollectionSlug,
    where: { and: [{ day: { greater_than_equal: period.from } }, { day: { less_than_equal: period.to } }] },
    sort: 'day',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const days = found.docs as unknown as StoredDay[]
  if (days.length === 0) return null
  const sections = emptySections()
  const months = new Map<string, MonthTraffic>()
  const paths = new Map<string, number>()
  const referrers = new Map<string, number>()
  let pageViews = 0
  let visitors = 0
  let feedFetches = 0
  let calendarFetches = 0
  let pdfDownloads = 0
  for (const day of days) {
    pageViews += day.pageViews
    visitors += day.visitors
    feedFetches += day.feedFetches
    calendarFetches += day.calendarFetches
    pdfDownloads += day.pdfDownloads
    const key = day.day.slice(0, 7)
    const month = months.get(key) ?? { month: key, pageViews: 0, visitors: 0, sections: emptySections() }
    month.pageViews += day.pageViews
    month.visitors += day.visitors
    for (const section of TRAFFIC_SECTIONS) {
      const counts = day.sections?.[section]
      for (const target of [sections[section], month.sections[section]]) {
        target.pageViews += counts?.pageViews ?? 0
        target.visitors += counts?.visitors ?? 0
      }
    }
    months.set(key, month)
    for (const [path, views] of Object.entries(day.paths ?? {}))
      paths.set(path, (paths.get(path) ?? 0) + views)
    for (const [domain, entries] of Object.entries(day.referrers ?? {}))
      referrers.set(domain, (referrers.get(domain) ?? 0) + entries)
  }
  return {
    daysWithData: days.length,
    daysInPeriod: dayCount(period),
    firstDay: days[0]!.day,
    lastDay: days.at(-1)!.day,
    pageViews,
    visitorsDailySum: visitors,
    sections,
    feedFetches,
    calendarFetches,
    pdfDownloads,
    months: [...months.values()],
    topPages: top(paths).map(([path, views]) => ({ path, pageViews: views })),
    topReferrers: top(referrers).map(([domain, entries]) => ({ domain, entries })),
  }
}

/** Only published records, in a collection with drafts (its main table holds the last published state). */
const publishedOnly = (payload: Payload, collection: string): Where[] =>
  payload.collections[collection as CollectionSlug]?.config.versions?.drafts
    ? [{ _status: { equals: 'published' } }]
    : []

/**
 * How many records of a collection have `field` in the period (and match `where`); null when the collection is
 * not installed or holds no record with `field` on or before the period's end (Ratusz did not hold them yet).
 */
const datedCount = async (
  payload: Payload,
  collection: string,
  field: string,
  period: Period,
): Promise<number | null> => {
  if (!installed(payload, collection)) return null
  const where = publishedOnly(payload, collection)
  const { start, end } = periodInstants(period)
  const count = async (conditions: Where[]) =>
    (
      await payload.count({
        collection: collection as CollectionSlug,
        where: { and: conditions },
        overrideAccess: true,
      })
    ).totalDocs
  const existedBy = await count([...where, { [field]: { less_than: end.toISOString() } }])
  if (existedBy === 0) return null
  return count([
    ...where,
    { [field]: { greater_than_equal: start.toISOString() } },
    { [field]: { less_than: end.toISOString() } },
  ])
}

type Issue = {
  periodical: number | string
  number: string
  publishedOn: string
  kind: string
  subject?: string | null
  printRun?: number | null
}

/** Issues of each periodical published in the period (regular and supplements), with print runs. */
const periodicalFigures = async (payload: Payload, period: Period): Promise<PeriodicalFigures[] | null> => {
  if (!installed(payload, PERIODICAL_SLUGS.newsletterIssues)) return null
  const { start, end } = periodInstants(period)
  const [periodicals, issues, earlier] = await Promise.all([
    payload.find({
      collection: PERIODICAL_SLUGS.periodicals as CollectionSlug,
      pagination: false,
      depth: 0,
      sort: 'title',
      overrideAccess: true,
    }),
    payload.find({
      collection: PERIODICAL_SLUGS.newsletterIssues as CollectionSlug,
      where: {
        and: [
          ...publishedOnly(payload, PERIODICAL_SLUGS.newsletterIssues),
          { publishedOn: { greater_than_equal: start.toISOString() } },
          { publishedOn: { less_than: end.toISOString() } },
        ],
      },
      sort: 'publishedOn',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    payload.count({
      collection: PERIODICAL_SLUGS.newsletterIssues as CollectionSlug,
      where: {
        and: [
          ...publishedOnly(payload, PERIODICAL_SLUGS.newsletterIssues),
          { publishedOn: { less_than: end.toISOString() } },
        ],
      },
      overrideAccess: true,
    }),
  ])
  if (earlier.totalDocs === 0) return null
  const all = issues.docs as unknown as Issue[]
  const rows = (
    periodicals.docs as unknown as { id: number | string; title: string; printRun?: number | null }[]
  ).map((periodical): PeriodicalFigures => {
    const own = all.filter((issue) => String(issue.periodical) === String(periodical.id))
    const runs = own.map((issue) => issue.printRun ?? periodical.printRun ?? null)
    return {
      title: periodical.title,
      printRun: periodical.printRun ?? null,
      regularIssues: own.filter((issue) => issue.kind !== 'supplement').length,
      supplements: own.filter((issue) => issue.kind === 'supplement').length,
      copiesPrinted: runs.some((run) => run === null)
        ? null
        : runs.reduce<number>((sum, run) => sum + (run ?? 0), 0),
      issues: own.map((issue) => ({
        number: issue.number,
        publishedOn: warsawDay(new Date(issue.publishedOn)),
        kind: issue.kind,
        subject: issue.subject ?? null,
        printRun: issue.printRun ?? periodical.printRun ?? null,
      })),
    }
  })
  // the periodicals that appeared in the period; all of them (with zeros) when none did
  const appeared = rows.filter((periodical) => periodical.issues.length > 0)
  return appeared.length > 0 ? appeared : rows
}

/** BIP documents first published in the period and the register's entries per action. */
const bipFigures = async (payload: Payload, period: Period): Promise<PeriodFigures['bip']> => {
  if (!installed(payload, BIP_SLUGS.changes)) return null
  const { start, end } = periodInstants(period)
  const documentsPublished = await datedCount(payload, BIP_SLUGS.documents, 'publishedAt', period)
  if (documentsPublished === null) return null
  const { docs } = await payload.find({
    collection: BIP_SLUGS.changes as CollectionSlug,
    where: {
      and: [
        { changedAt: { greater_than_equal: start.toISOString() } },
        { changedAt: { less_than: end.toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    select: { action: true } as never,
    overrideAccess: true,
  })
  const changes: Record<string, number> = { publikacja: 0, zmiana: 0, wycofanie: 0 }
  for (const doc of docs as unknown as { action: string }[])
    changes[doc.action] = (changes[doc.action] ?? 0) + 1
  return { documentsPublished, changes, changesTotal: docs.length }
}

const years = (period: Period): number[] => {
  const first = Number(period.from.slice(0, 4))
  const last = Number(period.to.slice(0, 4))
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}

/**
 * Subscribers per group and channel at the end of the period and the day before it (the notifications' own
 * table), and the period's sign-ups, departures and messages (the notifications' own monthly counts).
 */
const notificationFigures = async (payload: Payload, period: Period): Promise<NotificationFigures | null> => {
  if (!installed(payload, NOTIFICATION_SLUGS.subscriptions)) return null
  const { end } = periodInstants(period)
  const existed = await payload.count({
    collection: NOTIFICATION_SLUGS.subscriptions as CollectionSlug,
    where: { startedAt: { less_than: end.toISOString() } },
    overrideAccess: true,
  })
  if (existed.totalDocs === 0) return null
  const before = dayBefore(period.from)
  const [now, then, activity] = await Promise.all([
    subscriberTable(payload, period.to),
    subscriberTable(payload, before),
    Promise.all(years(period).map(async (year) => ({ year, months: await monthlyActivity(payload, year) }))),
  ])
  const sums = { started: 0, ended: 0, sent: 0, failed: 0 }
  for (const { year, months } of activity)
    for (const month of months) {
      const key = `${year}-${String(month.month).padStart(2, '0')}`
      if (key < period.from.slice(0, 7) || key > period.to.slice(0, 7)) continue
      sums.started += month.started
      sums.ended += month.ended
      sums.sent += month.sent
      sums.failed += month.failed
    }
  const groups = now.map((row) => {
    const earlier = then.find((other) => other.key === row.key) ?? null
    return { ...row, before: earlier, change: row.total - (earlier?.total ?? 0) }
  })
  // groups that had subscribers before and none at the end still show their change
  for (const row of then)
    if (!now.some((other) => other.key === row.key))
      groups.push({
        ...row,
        email: 0,
        sms: 0,
        push: 0,
        official: 0,
        total: 0,
        before: row,
        change: -row.total,
      })
  return { on: period.to, before, groups, ...sums }
}

const historicFigures = async (payload: Payload, period: Period): Promise<HistoricFigure[]> => {
  if (!installed(payload, STATISTICS_SLUGS.historicFigures)) return []
  const { docs } = await payload.find({
    collection: STATISTICS_SLUGS.historicFigures as CollectionSlug,
    where: { year: { less_than_equal: Number(period.to.slice(0, 4)) } },
    sort: 'year',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return (docs as unknown as HistoricFigure[]).map(({ year, channel, measure, value, source }) => ({
    year,
    channel,
    measure,
    value,
    source,
  }))
}

/**
 * All figures of a period that Ratusz holds: traffic from the logs, content published, periodicals, BIP,
 * notifications, residents' reports (from the reports plugin, when installed) and typed-in historic figures.
 * Read with the Local API, without access control: the callers check that an administrator asks.
 */
export const periodFigures = async (payload: Payload, period: Period): Promise<PeriodFigures> => {
  const provider = reportsFiguresProvider(payload)
  const [traffic, articles, events, alerts, periodicals, bip, notifications, reports, historic] =
    await Promise.all([
      trafficFigures(payload, period),
      datedCount(payload, COLLECTION_SLUGS.articles, 'publishedAt', period),
      datedCount(payload, COLLECTION_SLUGS.events, 'start', period),
      datedCount(payload, COLLECTION_SLUGS.alerts, 'publishedAt', period),
      periodicalFigures(payload, period),
      bipFigures(payload, period),
      notificationFigures(payload, period),
      provider ? provider(payload, period) : Promise.resolve(null),
      historicFigures(payload, period),
    ])
  return {
    period,
    traffic,
    content: { articles, events, alerts },
    periodicals,
    bip,
    notifications,
    reports,
    historic,
  }
}
