import { nextWarsawTime } from '@ratusz/warsaw-time'
import type { Payload, TaskConfig } from 'payload'
import { NOTIFICATION_SLUGS, NOTIFY_QUEUE } from '../../notifications/slugs'
import type { ReportsOptions } from '../options'
import { REPORT_SLUGS, REPORT_TASKS } from '../slugs'

const collection = REPORT_SLUGS.reports as never
const asSystem = { overrideAccess: true, context: { fromReportHook: true } } as const

/** The moment `months` calendar months before `now`. */
const monthsBefore = (now: Date, months: number): Date => {
  const at = new Date(now)
  at.setUTCMonth(at.getUTCMonth() - months)
  return at
}

type Erasable = { id: string | number; photos?: (string | number | { id: string | number })[] | null }

const photoIds = (reports: Erasable[]) =>
  reports.flatMap((report) =>
    (report.photos ?? []).map((photo) => (typeof photo === 'object' ? photo.id : photo)),
  )

/**
 * Forgets what must go: reports never confirmed in time are deleted with their photos and messages (they never
 * reached the office), and `erasedAfterMonths` after a report closed its personal data goes: the resident's
 * contact, description, exact place and position, photos, and the text of its messages. The category, area,
 * states and times stay, so the counts stay exact. Returns how many of each.
 */
export const eraseReports = async (
  payload: Payload,
  options: Pick<ReportsOptions, 'erasedAfterMonths'>,
  now = new Date(),
): Promise<{ deleted: number; erased: number }> => {
  const expired = await payload.find({
    collection,
    where: { and: [{ confirmedAt: { exists: false } }, { pendingUntil: { less_than: now.toISOString() } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const expiredIds = expired.docs.map((doc) => (doc as Erasable).id)
  if (expiredIds.length > 0) {
    await payload.delete({ collection, where: { id: { in: expiredIds } }, ...asSystem })
  }
  const closedBefore = monthsBefore(now, options.erasedAfterMonths).toISOString()
  const due = await payload.find({
    collection,
    where: { and: [{ closedAt: { less_than_equal: closedBefore } }, { erasedAt: { exists: false } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const dueReports = due.docs as unknown as Erasable[]
  if (dueReports.length > 0) {
    const ids = dueReports.map((report) => report.id)
    await payload.update({
      collection,
      where: { id: { in: ids } },
      data: {
        title: null,
        description: null,
        place: null,
        latitude: null,
        longitude: null,
        photos: [],
        contactEmail: null,
        contactPhone: null,
        justification: null,
        confirmNonce: null,
        statusNonce: null,
        erasedAt: now.toISOString(),
      } as never,
      ...asSystem,
    })
    await payload.update({
      collection: REPORT_SLUGS.messages as never,
      where: { report: { in: ids } },
      data: { body: null } as never,
      overrideAccess: true,
    })
    await payload.delete({
      collection: NOTIFICATION_SLUGS.deliveries as never,
      where: { report: { in: ids } },
      overrideAccess: true,
    })
    const photos = photoIds(dueReports)
    if (photos.length > 0)
      await payload.delete({
        collection: REPORT_SLUGS.photos as never,
        where: { id: { in: photos } },
        overrideAccess: true,
      })
  }
  return { deleted: expiredIds.length, erased: dueReports.length }
}

/** The next 03:30 on the Warsaw clock after `now` (after the notifications' erase at 03:15). */
const nextNightAfter = (now: Date): Date => nextWarsawTime(now, 3, 30)

/** Makes sure one erase job of reports waits for the next night (queued at start-up and by each run). */
export const queueNightlyReportErase = async (payload: Payload, now = new Date()): Promise<void> => {
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: REPORT_TASKS.erase } }, { completedAt: { exists: false } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  if (waiting.docs.length > 0) return
  await payload.jobs.queue({
    task: REPORT_TASKS.erase,
    input: {},
    queue: NOTIFY_QUEUE,
    waitUntil: nextNightAfter(now),
  } as never)
}

/** The job that runs `eraseReports` every night at 03:30, then queues itself for the next night. */
export const eraseReportsTask = (options: ReportsOptions): TaskConfig => ({
  slug: REPORT_TASKS.erase,
  retries: 2,
  inputSchema: [],
  outputSchema: [
    { name: 'deleted', type: 'number' },
    { name: 'erased', type: 'number' },
  ],
  handler: async ({ req }) => {
    const output = await eraseReports(req.payload, options)
    await req.payload.jobs.queue({
      task: REPORT_TASKS.erase,
      input: {},
      queue: NOTIFY_QUEUE,
      waitUntil: nextNightAfter(new Date(Date.now() + 60_000)),
    } as never)
    return { output }
  },
})
