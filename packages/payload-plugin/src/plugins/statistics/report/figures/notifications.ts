import type { CollectionSlug, Payload } from 'payload'
import { subscriberTable, type SubscriberRow } from '../../../notifications/counts/counts-endpoint'
import { monthlyActivity } from '../../../notifications/counts/monthly-activity'
import { NOTIFICATION_SLUGS } from '../../../notifications/slugs'
import { dayBefore, periodInstants, type Period } from '../period'
import { installed } from './installed'

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

const years = (period: Period): number[] => {
  const first = Number(period.from.slice(0, 4))
  const last = Number(period.to.slice(0, 4))
  return Array.from({ length: last - first + 1 }, (_, index) => first + index)
}

/**
 * Subscribers per group and channel at the end of the period and the day before it (the notifications' own
 * table), and the period's sign-ups, departures and messages (the notifications' own monthly counts).
 */
export const notificationFigures = async (
  payload: Payload,
  period: Period,
): Promise<NotificationFigures | null> => {
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
