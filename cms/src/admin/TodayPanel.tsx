import type { CollectionSlug, Payload, TypedUser, Where } from 'payload'
import { warsawDay } from '@ratusz/warsaw-time'
import {
  COUNTS_PATH,
  hasRole,
  REPORT_COUNTS_PATH,
  STATISTICS_SLUGS,
  subscriberTable,
  trafficFigures,
} from '@ratusz/payload-plugin'
import { readEnv } from '../env'

/**
 * The first thing a clerk sees in the admin, above the collection tiles: the last publish of the site (and a
 * failed one's reason), the drafts waiting, what is scheduled, pages due for review, the alerts that are on, how
 * many residents get notifications, and the day's actions.
 * A server component: it reads through the Local API with the signed-in user's access.
 */

type Props = { payload: Payload; user?: TypedUser | null }

type Doc = Record<string, unknown> & { id: number | string }

const STATUS: Record<string, string> = {
  queued: 'czeka w kolejce',
  running: 'trwa',
  succeeded: 'udana',
  failed: 'nieudana',
}

const KIND_NAME: Partial<Record<CollectionSlug, string>> = {
  articles: 'Aktualność',
  events: 'Wydarzenie',
  alerts: 'Komunikat',
  'bip-documents': 'Dokument BIP',
} as Partial<Record<CollectionSlug, string>>

const ACTIONS: { collection: string; label: string }[] = [
  { collection: 'articles', label: 'Nowa aktualność' },
  { collection: 'alerts', label: 'Nowy komunikat' },
  { collection: 'events', label: 'Nowe wydarzenie' },
]

const when = (iso: unknown): string =>
  typeof iso === 'string'
    ? new Intl.DateTimeFormat('pl-PL', {
        dateStyle: 'short',
        timeStyle: 'short',
        timeZone: 'Europe/Warsaw',
      }).format(new Date(iso))
    : ''

const formatCount = (value: number) => new Intl.NumberFormat('pl-PL').format(value)

const installed = (payload: Payload, slug: string): boolean => slug in payload.collections

/** Today's subscribers of notifications, each counted once, by channel (aggregates only: no one's data). */
const subscribers = async (payload: Payload) => {
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
const monthTraffic = async (payload: Payload) => {
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
const reportsQueue = async (payload: Payload, user: Props['user']) => {
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

const lastPublish = async (payload: Payload, user: Props['user']): Promise<Doc | undefined> => {
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

const drafts = async (payload: Payload, user: Props['user']) => {
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

const scheduled = async (payload: Payload) => {
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

const alertsOn = async (payload: Payload, user: Props['user']) => {
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
const dueForReview = async (payload: Payload, user: Props['user']) => {
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

const editUrl = (slug: string, id: number | string) => `/admin/collections/${slug}/${id}`

export const TodayPanel = async ({ payload, user }: Props) => {
  if (!user) return null
  const siteUrl = readEnv().RATUSZ_SITE_URL
  const [publish, waiting, planned, alerts, review, audience, month, reports] = await Promise.all([
    lastPublish(payload, user),
    drafts(payload, user),
    scheduled(payload),
    alertsOn(payload, user),
    dueForReview(payload, user),
    subscribers(payload),
    monthTraffic(payload),
    reportsQueue(payload, user),
  ])
  const now = Date.now()
  return (
    <section className="ratusz-today" aria-labelledby="ratusz-today-title">
      <h2 id="ratusz-today-title">Na dziś</h2>
      <p className="ratusz-today__actions">
        {ACTIONS.filter(({ collection }) => installed(payload, collection)).map(({ collection, label }) => (
          <a
            key={collection}
            className="btn btn--style-primary btn--size-small"
            href={`/admin/collections/${collection}/create`}
          >
            {label}
          </a>
        ))}
        <a
          className="btn btn--style-secondary btn--size-small"
          href={siteUrl}
          target="_blank"
          rel="noreferrer"
        >
          Zobacz serwis
        </a>
      </p>
      <div className="ratusz-today__grid">
        <section aria-labelledby="ratusz-today-publish">
          <h3 id="ratusz-today-publish">Ostatnia publikacja serwisu</h3>
          {publish ? (
            <p data-status={String(publish.status)}>
              <a href={editUrl('site-publishes', publish.id)}>
                {STATUS[String(publish.status)] ?? String(publish.status)}
              </a>
              {' · '}
              {when(publish.finishedAt ?? publish.startedAt ?? publish.createdAt)}
              {publish.status === 'failed' && typeof publish.error === 'string' && (
                <>
                  <br />
                  <strong>Powód: </strong>
                  {publish.error}
                </>
              )}
            </p>
          ) : (
            <p>Serwis nie był jeszcze publikowany.</p>
          )}
        </section>
        <section aria-labelledby="ratusz-today-drafts">
          <h3 id="ratusz-today-drafts">Szkice</h3>
          {waiting.length > 0 ? (
            <ul>
              {waiting.map(({ slug, kind, doc }) => (
                <li key={`${slug}-${doc.id}`}>
                  <a href={editUrl(slug, doc.id)}>{String(doc.title ?? `#${doc.id}`)}</a> ({kind},{' '}
                  {when(doc.updatedAt)})
                </li>
              ))}
            </ul>
          ) : (
            <p>Brak szkiców.</p>
          )}
        </section>
        <section aria-labelledby="ratusz-today-scheduled">
          <h3 id="ratusz-today-scheduled">Zaplanowane</h3>
          {planned.length > 0 ? (
            <ul>
              {planned.map((job) => {
                const input = (job.input ?? {}) as {
                  type?: string
                  doc?: { relationTo?: string; value?: number }
                }
                const verb = input.type === 'unpublish' ? 'wycofanie' : 'publikacja'
                return (
                  <li key={String(job.id)}>
                    {when(job.waitUntil)}: {verb}{' '}
                    {input.doc?.relationTo && input.doc.value !== undefined ? (
                      <a href={editUrl(input.doc.relationTo, input.doc.value)}>
                        {KIND_NAME[input.doc.relationTo as CollectionSlug] ?? input.doc.relationTo} #
                        {input.doc.value}
                      </a>
                    ) : null}
                  </li>
                )
              })}
            </ul>
          ) : (
            <p>Nic nie jest zaplanowane.</p>
          )}
        </section>
        <section aria-labelledby="ratusz-today-review">
          <h3 id="ratusz-today-review">Do przeglądu</h3>
          {review.length > 0 ? (
            <ul>
              {review.map(({ slug, kind, doc }) => (
                <li key={`${slug}-${doc.id}`}>
                  <a href={editUrl(slug, doc.id)}>{String(doc.title ?? `#${doc.id}`)}</a> ({kind}, przegląd od{' '}
                  {when(doc.reviewBy).split(',')[0]})
                </li>
              ))}
            </ul>
          ) : (
            <p>Żadna strona nie czeka na przegląd.</p>
          )}
        </section>
        {reports && (
          <section aria-labelledby="ratusz-today-reports">
            <h3 id="ratusz-today-reports">Zgłoszenia mieszkańców</h3>
            <p>
              Otwartych: <strong>{reports.open}</strong>, po terminie:{' '}
              <strong data-overdue={reports.overdueTotal}>{reports.overdueTotal}</strong>.{' '}
              <a href="/admin/collections/reports?sort=dueAt">Kolejka zgłoszeń</a> ·{' '}
              <a href={`/api${REPORT_COUNTS_PATH}?format=csv`}>Liczby za rok (CSV)</a>
            </p>
            {reports.overdue.length > 0 && (
              <ul>
                {reports.overdue.map((report) => (
                  <li key={String(report.id)}>
                    <a href={editUrl('reports', report.id)}>
                      Nr {String(report.id)}
                      {report.title ? `: ${String(report.title)}` : ''}
                    </a>{' '}
                    (<strong>po terminie</strong> od {when(report.dueAt)})
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
        {audience && (
          <section aria-labelledby="ratusz-today-subscribers">
            <h3 id="ratusz-today-subscribers">Powiadomienia</h3>
            <p>
              Subskrybentów: <strong>{audience.total}</strong> (e-mail {String(audience.email)}, SMS{' '}
              {String(audience.sms)}, przeglądarka {String(audience.push)}, członkowie urzędowi{' '}
              {audience.official}
              ). <a href={`/api${COUNTS_PATH}?format=csv`}>Tabela według grup (CSV)</a>
            </p>
          </section>
        )}
        {month && (
          <section aria-labelledby="ratusz-today-traffic">
            <h3 id="ratusz-today-traffic">Ruch w serwisie</h3>
            {month.traffic ? (
              <p>
                Odsłony stron w {month.month}: <strong>{formatCount(month.traffic.pageViews)}</strong> (do{' '}
                {month.traffic.lastDay.split('-').reverse().join('.')}; suma dziennych odwiedzających{' '}
                {formatCount(month.traffic.visitorsDailySum)}).
                {hasRole(user, ['admin']) && (
                  <>
                    {' '}
                    <a href="/admin/statystyki">Statystyki roczne</a>
                  </>
                )}
              </p>
            ) : (
              <p>
                Odsłony stron w {month.month}: brak danych (dni tego miesiąca nie zostały jeszcze
                zaimportowane).
              </p>
            )}
          </section>
        )}
        {installed(payload, 'alerts') && (
          <section aria-labelledby="ratusz-today-alerts">
            <h3 id="ratusz-today-alerts">Komunikaty</h3>
            {alerts.length > 0 ? (
              <ul>
                {alerts.map((alert) => (
                  <li key={String(alert.id)}>
                    <a href={editUrl('alerts', alert.id)}>{String(alert.title)}</a> (
                    {Date.parse(String(alert.validFrom)) > now ? `od ${when(alert.validFrom)}` : 'trwa'}, do{' '}
                    {when(alert.validUntil)})
                  </li>
                ))}
              </ul>
            ) : (
              <p>Żaden komunikat nie jest aktywny ani zapowiedziany.</p>
            )}
          </section>
        )}
      </div>
    </section>
  )
}
