import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { COUNTS_PATH, MONTH_NAMES, monthlyActivity, subscriberTable } from '@ratusz/payload-plugin'
import type { AdminViewServerProps } from 'payload'

/** Where the report lives in the admin (`/admin/raport-powiadomien`). */
export const NOTIFICATIONS_REPORT_PATH = '/raport-powiadomien'

const PANEL_ROLES = ['admin', 'editor', 'bip-editor']

const isDay = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Warsaw' }).format(new Date())

const cell = {
  padding: '4px 10px',
  borderBottom: '1px solid var(--theme-elevation-150)',
  textAlign: 'right',
} as const
const first = { ...cell, textAlign: 'left' } as const

/**
 * "Raport powiadomień": the subscribers per group and channel on any day (the annual report's table, official
 * members apart, with totals) and the year's sign-ups, departures, messages sent and failed per month, each with
 * its CSV. A server component reading the same functions as the counts endpoint; a plain GET form picks the day.
 */
export const NotificationsReport = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const roles = ((req.user as { roles?: string[] } | null)?.roles ?? []) as string[]
  const installed = 'subscriptions' in req.payload.collections
  const allowed = installed && roles.some((role) => PANEL_ROLES.includes(role))
  const asked = searchParams?.dzien
  const day = isDay(asked) ? asked : today()
  const year = Number(day.slice(0, 4))
  const [rows, months] = allowed
    ? await Promise.all([subscriberTable(req.payload, day), monthlyActivity(req.payload, year)])
    : [[], []]
  const totals = months.reduce(
    (sum, month) => ({
      started: sum.started + month.started,
      ended: sum.ended + month.ended,
      sent: sum.sent + month.sent,
      failed: sum.failed + month.failed,
    }),
    { started: 0, ended: 0, sent: 0, failed: 0 },
  )
  const csv = `/api${COUNTS_PATH}?dzien=${day}&format=csv`
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>
        <div className="ratusz-report">
          <h1>Raport powiadomień</h1>
          {!allowed ? (
            <p>
              {installed
                ? 'Zaloguj się jako pracownik urzędu, aby zobaczyć raport.'
                : 'Powiadomienia mieszkańców są wyłączone.'}
            </p>
          ) : (
            <>
              <form method="get" style={{ margin: '16px 0', display: 'flex', gap: 8, alignItems: 'end' }}>
                <label>
                  Stan na dzień
                  <br />
                  <input type="date" name="dzien" defaultValue={day} required />
                </label>
                <button
                  type="submit"
                  className="btn btn--style-secondary btn--size-small"
                  style={{ margin: 0 }}
                >
                  Pokaż
                </button>
              </form>
              <h2>Subskrybenci według grup i kanałów na koniec dnia {day}</h2>
              <p>
                Subskrybent kilku miejscowości lub grup liczy się w każdej z nich; wiersz „Razem” liczy
                każdego raz. Członkowie urzędowi (dodani bez zgody, na podstawie prawnej) są liczeni osobno,
                nie w kanałach.
              </p>
              <table className="ratusz-report-groups" style={{ borderCollapse: 'collapse', margin: '8px 0' }}>
                <thead>
                  <tr>
                    <th style={first}>Grupa</th>
                    <th style={cell}>E-mail</th>
                    <th style={cell}>SMS</th>
                    <th style={cell}>Przeglądarka</th>
                    <th style={cell}>Członkowie urzędowi</th>
                    <th style={cell}>Razem</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.key} style={row.key === 'everyone' ? { fontWeight: 700 } : undefined}>
                      <th scope="row" style={first}>
                        {row.group}
                      </th>
                      <td style={cell}>{row.email}</td>
                      <td style={cell}>{row.sms}</td>
                      <td style={cell}>{row.push}</td>
                      <td style={cell}>{row.official}</td>
                      <td style={cell}>{row.total}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {rows.length === 0 ? <p>Tego dnia nikt nie był zapisany na powiadomienia.</p> : null}
              <p>
                <a href={csv} download>
                  Pobierz tabelę grup (CSV)
                </a>
              </p>
              <h2>Rok {year} miesiąc po miesiącu</h2>
              <table className="ratusz-report-months" style={{ borderCollapse: 'collapse', margin: '8px 0' }}>
                <thead>
                  <tr>
                    <th style={first}>Miesiąc</th>
                    <th style={cell}>Nowe subskrypcje</th>
                    <th style={cell}>Wypisani (zakończone)</th>
                    <th style={cell}>Wysłane wiadomości</th>
                    <th style={cell}>Nieudane</th>
                  </tr>
                </thead>
                <tbody>
                  {months.map((month) => (
                    <tr key={month.month}>
                      <th scope="row" style={first}>
                        {MONTH_NAMES[month.month - 1]}
                      </th>
                      <td style={cell}>{month.started}</td>
                      <td style={cell}>{month.ended}</td>
                      <td style={cell}>{month.sent}</td>
                      <td style={cell}>{month.failed}</td>
                    </tr>
                  ))}
                  <tr style={{ fontWeight: 700 }}>
                    <th scope="row" style={first}>
                      Razem
                    </th>
                    <td style={cell}>{totals.started}</td>
                    <td style={cell}>{totals.ended}</td>
                    <td style={cell}>{totals.sent}</td>
                    <td style={cell}>{totals.failed}</td>
                  </tr>
                </tbody>
              </table>
              <p>
                <a href={`${csv}&tabela=miesiace`} download>
                  Pobierz miesiące roku {year} (CSV)
                </a>
              </p>
            </>
          )}
        </div>
      </Gutter>
    </DefaultTemplate>
  )
}

/** The link to the report in the admin's navigation, under the collections. */
export const NotificationsReportLink = () => (
  <a
    className="nav__link ratusz-report-link"
    href={`/admin${NOTIFICATIONS_REPORT_PATH}`}
    style={{ display: 'block', margin: '8px 0' }}
  >
    Raport powiadomień
  </a>
)
