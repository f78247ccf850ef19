import type { Payload } from 'payload'
import { COLLECTION_SLUGS } from '../../../../shared/slugs'
import type { Period } from '../period'
import { reportsFiguresProvider, type ReportsFigures } from '../reports-seam'
import { bipFigures, type BipFigures } from './bip'
import { datedCount } from './dated-count'
import { historicFigures, type HistoricFigure } from './historic'
import { notificationFigures, type NotificationFigures } from './notifications'
import { periodicalFigures, type PeriodicalFigures } from './periodicals'
import { trafficFigures, type TrafficFigures } from './traffic'

export type { BipFigures } from './bip'
export type { HistoricFigure } from './historic'
export type { NotificationFigures, SubscriberChange } from './notifications'
export type { PeriodicalFigures } from './periodicals'
export type { MonthTraffic, TrafficFigures } from './traffic'
export { trafficFigures } from './traffic'

/**
 * Every figure below is `null` when Ratusz holds no data for it in the period ("brak danych"): a section not
 * installed, or no record of that kind dated on or before the period's end (the years before Ratusz). A zero is
 * shown only when Ratusz was counting and counted nothing.
 */
export type PeriodFigures = {
  period: Period
  traffic: TrafficFigures | null
  content: { articles: number | null; events: number | null; alerts: number | null }
  periodicals: PeriodicalFigures[] | null
  bip: BipFigures | null
  notifications: NotificationFigures | null
  reports: ReportsFigures | null
  /** Typed-in figures of the years up to the period's last (BIP visits since 2003, Facebook, …). */
  historic: HistoricFigure[]
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
