import { nextWarsawTime, wallClock } from '@ratusz/warsaw-time'
import type { Payload, TaskConfig } from 'payload'
import { relationId } from '../../../shared/relation-id'
import type { NotificationsOptions } from '../options'
import { NOTIFICATION_SLUGS, NOTIFY_QUEUE, NOTIFY_TASKS } from '../slugs'
import { digestTitle } from './item-message'
import { messageKey, type DigestFrequency } from './message-keys'
import { planDeliveries } from './plan-deliveries'
import { afterQuietHours } from './quiet-hours'

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const
const deliveries = NOTIFICATION_SLUGS.deliveries as never

const clockOf = (clock: string) => clock.split(':').map(Number) as [number, number]

/** The next moment a digest of this frequency goes after `after` (the Warsaw clock; the weekly one on its day). */
export const nextDigestTime = (
  frequency: DigestFrequency,
  after: Date,
  digests: NotificationsOptions['digests'],
): Date => {
  const [hour, minute] = clockOf(frequency === 'daily' ? digests.dailyAt : digests.weeklyAt)
  let next = nextWarsawTime(after, hour, minute)
  if (frequency === 'daily') return next
  const weekday = WEEKDAYS.indexOf(digests.weeklyDay)
  for (let day = 0; day < 7; day++) {
    const { year, month, day: date } = wallClock(next)
    if (new Date(Date.UTC(year, month - 1, date)).getUTCDay() === weekday) break
    next = nextWarsawTime(next, hour, minute)
  }
  return next
}

const TASK_OF = { daily: NOTIFY_TASKS.dailyDigest, weekly: NOTIFY_TASKS.weeklyDigest } as const

/**
 * Puts the news and events held for digests of this frequency until `at` into one digest message per subscriber
 * and plans it: the weekly digest takes the items of weekly subscribers, the daily one everybody else's (an item
 * held before its subscriber chose "at once" still goes). Each held item goes into exactly one digest (it is
 * marked with the digest's key first, so a run repeated after a crash finds it there); nobody with nothing new
 * gets a digest. Returns how many digests were planned.
 */
export const collectDigest = async (
  payload: Payload,
  options: NotificationsOptions,
  frequency: DigestFrequency,
  at: Date,
): Promise<number> => {
  const message = messageKey({ kind: 'digest', frequency, stamp: String(at.getTime()) })
  const held = await payload.find({
    collection: deliveries,
    where: { and: [{ state: { equals: 'held' } }, { dueAt: { less_than_equal: at.toISOString() } }] },
    pagination: false,
    depth: 0,
    select: { subscription: true } as never,
    overrideAccess: true,
  })
  const heldDocs = held.docs as unknown as { id: number | string; subscription: number | string }[]
  const subscriberIds = [...new Set(heldDocs.map((doc) => String(relationId(doc.subscription))))]
  if (subscriberIds.length > 0) {
    const subscribers = await payload.find({
      collection: NOTIFICATION_SLUGS.subscriptions as never,
      where: { id: { in: subscriberIds } },
      pagination: false,
      depth: 0,
      select: { frequency: true } as never,
      overrideAccess: true,
    })
    const ofThisFrequency = new Set(
      (subscribers.docs as unknown as { id: number | string; frequency?: string }[])
        .filter((doc) => (frequency === 'weekly') === (doc.frequency === 'weekly'))
        .map((doc) => String(doc.id)),
    )
    const taken = heldDocs.filter((doc) => ofThisFrequency.has(String(relationId(doc.subscription))))
    if (taken.length > 0)
      await payload.update({
        collection: deliveries,
        where: { and: [{ id: { in: taken.map((doc) => doc.id) } }, { state: { equals: 'held' } }] },
        data: { state: 'digested', digest: message } as never,
        overrideAccess: true,
      })
  }
  // Everyone with an item in this digest, this run's or an interrupted earlier run's.
  const items = await payload.find({
    collection: deliveries,
    where: { digest: { equals: message } },
    pagination: false,
    depth: 0,
    select: { subscription: true, channel: true } as never,
    overrideAccess: true,
  })
  const recipients = new Map<string, { id: string | number; channel: string }>()
  for (const doc of items.docs as unknown as { subscription: number | string; channel: string }[]) {
    const id = relationId(doc.subscription)
    recipients.set(String(id), { id, channel: doc.channel })
  }
  return planDeliveries(payload, {
    message,
    subject: digestTitle(frequency, at),
    dueAt: afterQuietHours(at, options.quietHours),
    recipients: [...recipients.values()],
  })
}

const queueDigest = (payload: Payload, frequency: DigestFrequency, at: Date) =>
  payload.jobs.queue({
    task: TASK_OF[frequency],
    input: { at: at.toISOString() },
    queue: NOTIFY_QUEUE,
    waitUntil: at,
  } as never)

/**
 * Makes sure one job of each digest waits for its next time: queued at start-up and by each run for the next
 * one (as the nightly erase job is).
 */
export const queueDigests = async (payload: Payload, options: NotificationsOptions, now = new Date()) => {
  for (const frequency of ['daily', 'weekly'] as const) {
    const waiting = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: TASK_OF[frequency] } }, { completedAt: { exists: false } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (waiting.docs.length === 0)
      await queueDigest(payload, frequency, nextDigestTime(frequency, now, options.digests))
  }
}

/** The job that sends the daily (or weekly) digests at their time, then queues itself for the next one. */
export const digestTask = (options: NotificationsOptions, frequency: DigestFrequency): TaskConfig => ({
  slug: TASK_OF[frequency],
  retries: 2,
  inputSchema: [{ name: 'at', type: 'text' }],
  outputSchema: [{ name: 'planned', type: 'number' }],
  handler: async ({ input, req }) => {
    const given = (input as { at?: string }).at
    const at = given && !Number.isNaN(Date.parse(given)) ? new Date(given) : new Date()
    const planned = await collectDigest(req.payload, options, frequency, at)
    await queueDigest(
      req.payload,
      frequency,
      nextDigestTime(frequency, new Date(Math.max(Date.now(), at.getTime()) + 60_000), options.digests),
    )
    return { output: { planned } }
  },
})
