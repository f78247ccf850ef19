import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { COUNTS_PATH, hasRole, REPORT_COUNTS_PATH } from '@ratusz/payload-plugin'
import { readEnv } from '../env'
import {
  alertsOn,
  drafts,
  dueForReview,
  installed,
  KIND_NAME,
  lastPublish,
  monthTraffic,
  reportsQueue,
  scheduled,
  subscribers,
} from './today/queries'

/**
 * The first thing a clerk sees in the admin, above the collection tiles: the last publish of the site (and a
 * failed one's reason), the drafts waiting, what is scheduled, pages due for review, the alerts that are on, how
 * many residents get notifications, and the day's actions.
 * A server component: it reads through the Local API with the signed-in user's access.
 */

type Props = { payload: Payload; user?: TypedUser | null }

const STATUS: Record<string, string> = {
  queued: 'czeka w kolejce',
  running: 'trwa',
  succeeded: 'udana',
  failed: 'nieudana',
}

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
