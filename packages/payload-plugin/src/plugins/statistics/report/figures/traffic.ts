import type { CollectionSlug, Payload } from 'payload'
import { TRAFFIC_SECTIONS, type TrafficSection } from '../../log/classify-request'
import type { StoredDay } from '../../import/merge-day'
import { STATISTICS_SLUGS } from '../../slugs'
import type { Period } from '../period'
import { installed } from './installed'

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

const TOP = 10

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
