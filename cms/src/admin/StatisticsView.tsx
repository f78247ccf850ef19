import type { AdminViewServerProps } from 'payload'
import { DefaultTemplate } from '@payloadcms/next/templates'
import {
  hasRole,
  periodFigures,
  periodFromQuery,
  periodLabel,
  reportSections,
  sectionsHtml,
  SECTIONS_CSS,
  STATISTICS_PATH,
  CHAPTER_PATH,
  type Period,
} from '@ratusz/payload-plugin'

const queryOf = (searchParams: AdminViewServerProps['searchParams']): URLSearchParams => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(searchParams ?? {}))
    if (typeof value === 'string' && value) query.set(key, value)
  return query
}

const periodQuery = (period: Period) =>
  period.year ? `rok=${period.year}` : `od=${period.from}&do=${period.to}`

/**
 * "Statystyki roczne": the figures of a year or a range (traffic, publications, periodical, BIP, notifications,
 * residents' reports, typed-in figures) as tables and charts drawn on the server (SVG with patterns, titles and
 * descriptions, each with its table), with the CSV of every table. Administrators only.
 */
export const StatisticsView = async (props: AdminViewServerProps) => {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, visibleEntities, locale } = initPageResult
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div className="gutter--left gutter--right ratusz-stats" style={{ paddingBottom: '3rem' }}>
        <h1>Statystyki roczne</h1>
        {children}
      </div>
    </DefaultTemplate>
  )
  if (!hasRole(req.user, ['admin']))
    return template(<p role="alert">Statystyki roczne są dostępne dla administratorów.</p>)

  const currentYear = new Date().getFullYear()
  let period: Period
  let problem: string | undefined
  try {
    period = periodFromQuery(queryOf(searchParams))
  } catch (error) {
    problem = (error as Error).message
    period = periodFromQuery(new URLSearchParams())
  }
  const figures = await periodFigures(req.payload, period)
  const html = sectionsHtml(reportSections(figures), { level: 2 })
  const years = Array.from({ length: 12 }, (_, index) => currentYear - index)
  return template(
    <>
      <style>{SECTIONS_CSS}</style>
      {problem && (
        <p role="alert">
          <strong>{problem}</strong>
        </p>
      )}
      <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap', margin: '1rem 0' }}>
        <form method="get" action="/admin/statystyki" aria-label="Rok">
          <label htmlFor="ratusz-stats-rok">Rok </label>
          <select id="ratusz-stats-rok" name="rok" defaultValue={String(period.year ?? currentYear)}>
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>{' '}
          <button type="submit" className="btn btn--style-primary btn--size-small">
            Pokaż rok
          </button>
        </form>
        <form method="get" action="/admin/statystyki" aria-label="Zakres dat">
          <label htmlFor="ratusz-stats-od">Od </label>
          <input id="ratusz-stats-od" type="date" name="od" defaultValue={period.from} required />{' '}
          <label htmlFor="ratusz-stats-do">do </label>
          <input id="ratusz-stats-do" type="date" name="do" defaultValue={period.to} required />{' '}
          <button type="submit" className="btn btn--style-secondary btn--size-small">
            Pokaż zakres
          </button>
        </form>
      </div>
      <h2 style={{ marginTop: 0 }}>Okres: {periodLabel(period)}</h2>
      <p>
        <a href={`/api${STATISTICS_PATH}?${periodQuery(period)}&format=csv`}>
          Pobierz wszystkie tabele (CSV)
        </a>
      </p>
      <p>
        Rozdział raportu o stanie gminy „Komunikacja z mieszkańcami” za ten okres:{' '}
        {(['docx', 'html', 'csv'] as const).map((format, index) => (
          <span key={format}>
            {index > 0 && ', '}
            <a href={`/api${CHAPTER_PATH}?${periodQuery(period)}&format=${format}`}>{format.toUpperCase()}</a>
          </span>
        ))}
        . Tekst wokół liczb zmienisz w{' '}
        <a href="/admin/globals/annual-report-template">Szablonie rozdziału raportu</a>.
      </p>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </>,
  )
}
