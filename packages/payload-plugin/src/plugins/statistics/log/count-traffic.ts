import { createBotCheck } from './bot-check'
import { classifyRequest, TRAFFIC_SECTIONS, type TrafficSection } from './classify-request'
import { ownCopy } from './own-copy'
import { parseCombinedLine } from './parse-combined-line'
import { externalReferrerDomain } from './referrer-domain'
import { createVisitorHasher } from './visitor-hasher'
import { createLogDayReader } from './warsaw-day'

/** What one day of log adds up to, in memory during an import. */
export type DayTraffic = {
  /** Every line of the day, whatever it was. */
  requests: number
  botRequests: number
  pageViews: number
  paths: Map<string, number>
  sectionViews: Record<TrafficSection, number>
  /** Hashes of the day's visitors (see visitor-hasher.ts): all of them, and per section. */
  visitors: Set<number>
  sectionVisitors: Record<TrafficSection, Set<number>>
  referrers: Map<string, number>
  feedFetches: number
  calendarFetches: number
  pdfDownloads: number
}

/** What `count` did with a line: counted it, found it unreadable, or left it for a later import (its day is not over). */
export type LineOutcome = 'counted' | 'malformed' | 'later'

const perSection = <T>(make: () => T): Record<TrafficSection, T> =>
  Object.fromEntries(TRAFFIC_SECTIONS.map((section) => [section, make()])) as Record<TrafficSection, T>

const emptyDay = (): DayTraffic => ({
  requests: 0,
  botRequests: 0,
  pageViews: 0,
  paths: new Map(),
  sectionViews: perSection(() => 0),
  visitors: new Set(),
  sectionVisitors: perSection(() => new Set<number>()),
  referrers: new Map(),
  feedFetches: 0,
  calendarFetches: 0,
  pdfDownloads: 0,
})

const increment = (map: Map<string, number>, key: string) => {
  const count = map.get(key)
  map.set(count === undefined ? ownCopy(key) : key, (count ?? 0) + 1)
}

export type TrafficCounterOptions = {
  /** The site's own hosts without `www.`: referrers from them are clicks within the site, not entries. */
  ownHosts: ReadonlySet<string>
  /** Lines of this Warsaw day (`YYYY-MM-DD`) or later are left for a later import. Default: none are. */
  before?: string
}

/**
 * Adds up log lines per Warsaw day: page views per path and section, unique visitors (all and per section),
 * external referrer domains of page views, feed and calendar fetches, PDF downloads. Bots (the `isbot` list)
 * count only as bot requests (and as feed or calendar fetches). Nothing of a line but these counts is kept.
 */
export class TrafficCounter {
  readonly days = new Map<string, DayTraffic>()
  malformedLines = 0
  private readonly dayOf = createLogDayReader()
  private readonly isBot = createBotCheck()
  private readonly visitorOf = createVisitorHasher()

  constructor(private readonly options: TrafficCounterOptions) {}

  count(text: string): LineOutcome {
    const line = parseCombinedLine(text)
    const dayKey = line && this.dayOf(line.time)
    if (!line || !dayKey) {
      this.malformedLines++
      return 'malformed'
    }
    if (this.options.before !== undefined && dayKey >= this.options.before) return 'later'
    let day = this.days.get(dayKey)
    if (!day) {
      day = emptyDay()
      this.days.set(dayKey, day)
    }
    day.requests++
    const bot = this.isBot(line.userAgent)
    if (bot) day.botRequests++
    const request = classifyRequest(line.method, line.target, line.status)
    // Feed readers and calendar apps fetch on their own and `isbot` lists most of them (Feedly, Thunderbird,
    // Google Calendar): their fetches count whoever makes them.
    if (request.kind === 'feed') day.feedFetches++
    else if (request.kind === 'calendar') day.calendarFetches++
    else if (bot) return 'counted'
    else if (request.kind === 'pdf') day.pdfDownloads++
    else if (request.kind === 'page') {
      day.pageViews++
      day.sectionViews[request.section]++
      increment(day.paths, request.path)
      const visitor = this.visitorOf(dayKey, line.ip, line.userAgent)
      day.visitors.add(visitor)
      day.sectionVisitors[request.section].add(visitor)
      const domain = externalReferrerDomain(line.referrer, this.options.ownHosts)
      if (domain) increment(day.referrers, domain)
    }
    return 'counted'
  }
}
