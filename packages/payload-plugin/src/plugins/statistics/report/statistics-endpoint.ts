import type { Endpoint, PayloadRequest } from 'payload'
import { isAdmin } from '../../../shared/access'
import { periodFigures } from './figures'
import { periodFromQuery, type Period } from './period'
import { sectionsCsv } from './render'
import { reportSections } from './sections'

/** Where the admin's statistics page downloads its figures. */
export const STATISTICS_PATH = '/ratusz/statystyki'

const problem = (message: string, status: number) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * The period an administrator asks for, or the answer to give instead: 403 for anyone else, 400 with a Polish
 * message for a query that is not a year or a range.
 */
export const adminPeriod = (req: PayloadRequest): Period | Response => {
  if (!isAdmin({ req })) return problem('Statystyki są dostępne dla administratorów.', 403)
  try {
    return periodFromQuery(new URL(req.url ?? 'http://localhost/').searchParams)
  } catch (error) {
    return problem((error as Error).message, 400)
  }
}

/** The file name part of a period: "2026" or "2026-01-01_2026-06-30". */
export const periodSlug = (period: Period): string =>
  period.year ? String(period.year) : `${period.from}_${period.to}`

/**
 * `GET /api/ratusz/statystyki?rok=2026` (or `?od=…&do=…`), administrators only: the figures of the period as JSON,
 * or with `&format=csv` every table of the statistics page in one CSV (semicolons, UTF-8 with BOM).
 */
export const statisticsEndpoint = (): Endpoint => ({
  path: STATISTICS_PATH,
  method: 'get',
  handler: async (req) => {
    const period = adminPeriod(req)
    if (period instanceof Response) return period
    const figures = await periodFigures(req.payload, period)
    if (new URL(req.url ?? 'http://localhost/').searchParams.get('format') === 'csv')
      return new Response(sectionsCsv(reportSections(figures)), {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="statystyki-${periodSlug(period)}.csv"`,
          'Cache-Control': 'no-store',
        },
      })
    return Response.json(figures, { headers: { 'Cache-Control': 'no-store' } })
  },
})
