import { wallClock } from '@ratusz/warsaw-time'
import type { Payload } from 'payload'
import { NOTIFICATION_SLUGS } from '../slugs'

/** One month of a year: sign-ups that started, subscribers who left, messages sent and failed. */
export type MonthActivity = { month: number; started: number; ended: number; sent: number; failed: number }

/** The month (1–12) of a moment on the Warsaw clock, when it falls in `year`. */
const monthOf = (iso: string | null | undefined, year: number): number | null => {
  if (!iso) return null
  const clock = wallClock(new Date(iso))
  return clock.year === year ? clock.month : null
}

/** Each month of `year` (Warsaw time): subscriptions started and ended, deliveries sent and failed. */
export const monthlyActivity = async (payload: Payload, year: number): Promise<MonthActivity[]> => {
  const months: MonthActivity[] = Array.from({ length: 12 }, (_, index) => ({
    month: index + 1,
    started: 0,
    ended: 0,
    sent: 0,
    failed: 0,
  }))
  // a day of margin on both sides: the months are Warsaw's, the query's bounds are UTC
  const from = new Date(Date.UTC(year - 1, 11, 31)).toISOString()
  const until = new Date(Date.UTC(year + 1, 0, 2)).toISOString()
  const [subscriptions, deliveries] = await Promise.all([
    payload.find({
      collection: NOTIFICATION_SLUGS.subscriptions as never,
      where: { or: [{ startedAt: { greater_than: from } }, { endedAt: { greater_than: from } }] },
      pagination: false,
      depth: 0,
      select: { startedAt: true, endedAt: true } as never,
      overrideAccess: true,
    }),
    payload.find({
      collection: NOTIFICATION_SLUGS.deliveries as never,
      where: {
        and: [
          { updatedAt: { greater_than: from } },
          { updatedAt: { less_than: until } },
          { state: { in: ['sent', 'failed'] } },
        ],
      },
      pagination: false,
      depth: 0,
      select: { state: true, sentAt: true, updatedAt: true } as never,
      overrideAccess: true,
    }),
  ])
  for (const doc of subscriptions.docs as unknown as { startedAt?: string; endedAt?: string }[]) {
    const started = monthOf(doc.startedAt, year)
    const ended = monthOf(doc.endedAt, year)
    if (started) months[started - 1]!.started += 1
    if (ended) months[ended - 1]!.ended += 1
  }
  for (const doc of deliveries.docs as unknown as { state: string; sentAt?: string; updatedAt: string }[]) {
    const month = monthOf(doc.sentAt ?? doc.updatedAt, year)
    if (!month) continue
    if (doc.state === 'sent') months[month - 1]!.sent += 1
    else months[month - 1]!.failed += 1
  }
  return months
}
