import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'
import { warsawDay } from '@ratusz/warsaw-time'
import { STATISTICS_SLUGS, subscriberTable, trafficFigures } from '@ratusz/payload-plugin'

/**
 * What the clerk's dashboard ("Na dziś", TodayPanel) shows, read through the Local API with the signed-in user's
 * access (the scheduled jobs and the counts are aggregates, read without it).
 */

export type User = TypedUser | null | undefined

export type Doc = Record<string, unknown> & { id: number | string }

/** The public collections the dashboard lists, with the name of one record of each. */
export const KIND_NAME: Partial<Record<CollectionSlug, string>> = {
  articles: 'Aktualność',
  events: 'Wydarzenie',
  alerts: 'Komunikat',
  'bip-documents': 'Dokument BIP',
} as Partial<Record<CollectionSlug, string>>

export const installed = (payload: Payload, slug: string): boolean => slug in payload.collections

/** Today's subscribers of notifications, each counted once, by channel (aggregates only: no one's data). */
export const subscribers = async (payload: Payload) => {
  if (!installed(payload, 'subscriptions')) return undefined
  const rows = await subscriberTable(payload, new Date().toISOString().slice(0, 10))
  return rows.find((row) => row.key === 'everyone') ?? { email: 0, sms: 0, push: 0, official: 0, total: 0 }
}

const MONTHS = [
  'styczniu',
  'lutym',
  'marcu',
  'kwietniu',
  'maju',
  'czerwcu',
  'lipcu',
  'sierpniu',
  'wrześniu',
  'październiku',
  'listopadzie',
  'grudniu',
]

/** This month's page views so far (Warsaw time; the import counts days that are over). */
export const monthTraffic = async (payload: Payload) => {
  if (!installed(payload, STATISTICS_SLUGS.trafficDays)) return undefined
  const today = warsawDay(new Date())
  const from = `${today.slice(0, 7)}-01`
  const traffic = await trafficFigures(payload, { from, to: today })
  return { month: MONTHS[Number(today.slice(5, 7)) - 1]!, traffic }
}

const OPEN_STATUSES = ['new', 'accepted', 'in-progress']

/**
 * The reports the signed-in user may see (a handler: their categories) that are still open, and those past their
 * category's deadline, oldest deadline first.
 */
export const reportsQueue = async (payload: Payload, user: User) => {
  if (!installed(payload, 'reports') || !user) return undefined
  const open: Where = { and: [{ status: { in: OPEN_STATUSES } }, { confirmedAt: { exists: true } }] }
  const [all, overdue] = await Promise.all([
    payload.count({ collection: 'reports' as CollectionSlug, where: open, user, overrideAccess: false }),
    payload.find({
      collection: 'reports' as CollectionSlug,
      where: { and: [open, { dueAt: { less_than: new Date().toISOString() } }] },
      sort: 'dueAt',
      limit: 10,
      depth: 0,
      user,
      overrideAccess: false,
    }),
  ]).catch(() => [undefined, undefined] as const)
  if (!all || !overdue) return undefined
  return { open: all.totalDocs, overdue: overdue.docs as unknown as Doc[], overdueTotal: overdue.totalDocs }
}

export const lastPublish = async (payload: Payload, user: User): Promise<Doc | undefined> => {
  if (!installed(payload, 'site-publishes')) return undefined
  const { docs } = await payload.find({
    collection: 'site-publishes' as CollectionSlug,
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return docs[0] as unknown as Doc | undefined
}

export const drafts = async (payload: Payload, user: User) => {
  const found = await Promise.all(
    Object.entries(KIND_NAME)
      .filter(([slug]) => installed(payload, slug))
      .map(async ([slug, kind]) => {
        const { docs } = await payload.find({
          collection: slug as CollectionSlug,
          where: { _status: { equals: 'draft' } },
          sort: '-updatedAt',
          limit: 5,
          depth: 0,
          draft: true,
          user,
          overrideAccess: false,
        })
        return (docs as unknown as Doc[]).map((doc) => ({ slug, kind: kind!, doc }))
      }),
  )
  return found
    .flat()
    .sort((a, b) => String(b.doc.updatedAt).localeCompare(String(a.doc.updatedAt)))
    .slice(0, 8)
}

export const scheduled = async (payload: Payload) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs' as CollectionSlug,
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }] },
    sort: 'waitUntil',
    limit: 8,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as Doc[]
}

export const alertsOn = async (payload: Payload, user: User) => {
  if (!installed(payload, 'alerts')) return []
  const { docs } = await payload.find({
    collection: 'alerts' as CollectionSlug,
    where: { validUntil: { greater_than: new Date().toISOString() } },
    sort: 'validFrom',
    limit: 8,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return docs as unknown as Doc[]
}

/** Published pages past their "Przejrzyj do" day, oldest first. */
export const dueForReview = async (payload: Payload, user: User) => {
  const found = await Promise.all(
    (['articles', 'bip-documents'] as const)
      .filter((slug) => installed(payload, slug))
      .map(async (slug) => {
        const { docs } = await payload.find({
          collection: slug as CollectionSlug,
          where: {
            and: [
              { _status: { equals: 'published' } },
              { reviewBy: { less_than: new Date().toISOString() } },
            ],
          },
          sort: 'reviewBy',
          limit: 8,
          depth: 0,
          user,
          overrideAccess: false,
        })
        return (docs as unknown as Doc[]).map((doc) => ({ slug, kind: KIND_NAME[slug]!, doc }))
      }),
  )
  return found
    .flat()
    .sort((a, b) => String(a.doc.reviewBy).localeCompare(String(b.doc.reviewBy)))
    .slice(0, 8)
}
