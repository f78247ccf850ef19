import { TRAFFIC_SECTIONS, type TrafficSection } from '../log/classify-request'
import type { DayTraffic } from '../log/count-traffic'

/** A `traffic-days` record as stored (the fields the import writes). */
export type StoredDay = {
  day: string
  pageViews: number
  visitors: number
  sections: Record<TrafficSection, { pageViews: number; visitors: number }>
  feedFetches: number
  calendarFetches: number
  pdfDownloads: number
  requests: number
  botRequests: number
  paths: Record<string, number>
  referrers: Record<string, number>
  imports: number
}

const addCounts = (stored: Record<string, number> | null | undefined, added: Map<string, number>) => {
  const sum: Record<string, number> = { ...stored }
  for (const [key, value] of added) sum[key] = (sum[key] ?? 0) + value
  return sum
}

/**
 * The record of a day after adding what an import counted to what is stored (nothing yet, or an earlier
 * import's part of the day). Counts add up exactly; visitors add up too, so a visitor whose lines of one day
 * came in two imports is counted twice (the daily salt is gone after each import): `imports` above 1 says so.
 */
export const mergeDay = (day: string, traffic: DayTraffic, stored?: Partial<StoredDay>): StoredDay => {
  const n = (value: number | null | undefined) => value ?? 0
  return {
    day,
    pageViews: n(stored?.pageViews) + traffic.pageViews,
    visitors: n(stored?.visitors) + traffic.visitors.size,
    sections: Object.fromEntries(
      TRAFFIC_SECTIONS.map((section) => [
        section,
        {
          pageViews: n(stored?.sections?.[section]?.pageViews) + traffic.sectionViews[section],
          visitors: n(stored?.sections?.[section]?.visitors) + traffic.sectionVisitors[section].size,
        },
      ]),
    ) as StoredDay['sections'],
    feedFetches: n(stored?.feedFetches) + traffic.feedFetches,
    calendarFetches: n(stored?.calendarFetches) + traffic.calendarFetches,
    pdfDownloads: n(stored?.pdfDownloads) + traffic.pdfDownloads,
    requests: n(stored?.requests) + traffic.requests,
    botRequests: n(stored?.botRequests) + traffic.botRequests,
    paths: addCounts(stored?.paths, traffic.paths),
    referrers: addCounts(stored?.referrers, traffic.referrers),
    imports: n(stored?.imports) + 1,
  }
}
