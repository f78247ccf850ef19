import type { CollectionSlug, Payload } from 'payload'
import { STATISTICS_SLUGS } from '../../slugs'
import type { Period } from '../period'
import { installed } from './installed'

export type HistoricFigure = { year: number; channel: string; measure: string; value: number; source: string }

/** The typed-in figures of the years up to the period's last. */
export const historicFigures = async (payload: Payload, period: Period): Promise<HistoricFigure[]> => {
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
