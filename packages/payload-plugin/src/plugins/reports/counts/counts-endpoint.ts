import { REPORT_STATUS_NAMES } from '@ratusz/resident-forms'
import { warsawDay } from '@ratusz/warsaw-time'
import { stringify } from 'csv-stringify/sync'
import type { Endpoint, Payload, PayloadRequest, Where } from 'payload'
import { isReportsStaff } from '../../../shared/access'
import { relationId } from '../../../shared/relation-id'
import { hasRole } from '../../../shared/roles'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { ofHandledCategories } from '../access'
import { REPORT_SLUGS } from '../slugs'
import { REPORT_STATUSES, type ReportStatus } from '../statuses'
import { median } from './median'
import { namesById } from '../../../shared/names-by-id'

/** Where the admin, the annual report and a spreadsheet read the counts of reports. */
export const REPORT_COUNTS_PATH = '/ratusz/zgloszenia/liczby'

const HOUR = 3600 * 1000

export type Countable = {
  category?: unknown
  area?: unknown
  status: ReportStatus
  confirmedAt: string
  firstResponseAt?: string | null
  closedAt?: string | null
}

/** One line of the table: reports of a category, an area and a state. */
export type ReportCountRow = {
  category: string
  area: string
  status: ReportStatus
  statusName: string
  count: number
}

/** What the counting endpoint answers (docs/reports.md describes it for the annual report). */
export type ReportCounts = {
  year: number
  total: number
  byCategory: { category: string; count: number }[]
  byArea: { area: string; count: number }[]
  byStatus: { status: ReportStatus; statusName: string; count: number }[]
  rows: ReportCountRow[]
  medianHoursToFirstResponse: number | null
  medianHoursToClose: number | null
}

const tally = <K extends string>(keys: K[]): Map<K, number> => {
  const counts = new Map<K, number>()
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}

const hours = (from: string, to: string) => Math.round(((Date.parse(to) - Date.parse(from)) / HOUR) * 10) / 10

/** Reports confirmed from `start` (included) to `end` (excluded), `where` narrowing them, with their names. */
export const countableReports = async (
  payload: Payload,
  { start, end }: { start: Date; end: Date },
  where?: Where,
) => {
  const inRange: Where = {
    and: [
      { confirmedAt: { greater_than_equal: start.toISOString() } },
      { confirmedAt: { less_than: end.toISOString() } },
      ...(where ? [where] : []),
    ],
  }
  const [found, categories, areas] = await Promise.all([
    payload.find({
      collection: REPORT_SLUGS.reports as never,
      where: inRange,
      pagination: false,
      depth: 0,
      select: {
        category: true,
        area: true,
        status: true,
        confirmedAt: true,
        firstResponseAt: true,
        closedAt: true,
      } as never,
      overrideAccess: true,
    }),
    namesById(payload, REPORT_SLUGS.categories),
    namesById(payload, COLLECTION_SLUGS.areas),
  ])
  const reports = found.docs as unknown as Countable[]
  const categoryOf = (report: Countable) =>
    report.category ? (categories.get(String(relationId(report.category as number))) ?? 'Inne') : 'Inne'
  const areaOf = (report: Countable) =>
    report.area ? (areas.get(String(relationId(report.area as number))) ?? 'Cała gmina') : 'Cała gmina'
  return { reports, categoryOf, areaOf }
}

/** Hours from confirmation to the first response, of the reports that had one. */
export const hoursToFirstResponse = (reports: readonly Countable[]): number[] =>
  reports.flatMap((report) =>
    report.firstResponseAt ? [hours(report.confirmedAt, report.firstResponseAt)] : [],
  )

/**
 * The year's reports (confirmed in it; the year's bounds in UTC) per category, area and state, and the median hours
 * from confirmation to the first response and to closing. Anonymous: counts only, which stay after personal data
 * is erased. `where` narrows it (a handler's categories).
 */
export const countReports = async (payload: Payload, year: number, where?: Where): Promise<ReportCounts> => {
  const range = { start: new Date(Date.UTC(year, 0, 1)), end: new Date(Date.UTC(year + 1, 0, 1)) }
  const { reports, categoryOf, areaOf } = await countableReports(payload, range, where)
  const byRow = tally(
    reports.map((report) => `${categoryOf(report)}\u0000${areaOf(report)}\u0000${report.status}`),
  )
  const rows = [...byRow.entries()]
    .map(([key, count]) => {
      const [category, area, status] = key.split('\u0000') as [string, string, ReportStatus]
      return { category, area, status, statusName: REPORT_STATUS_NAMES[status], count }
    })
    .sort(
      (a, b) =>
        a.category.localeCompare(b.category, 'pl') ||
        a.area.localeCompare(b.area, 'pl') ||
        REPORT_STATUSES.indexOf(a.status) - REPORT_STATUSES.indexOf(b.status),
    )
  const byStatus = tally(reports.map((report) => report.status))
  return {
    year,
    total: reports.length,
    byCategory: [...tally(reports.map(categoryOf)).entries()]
      .map(([category, count]) => ({ category, count }))
      .sort((a, b) => a.category.localeCompare(b.category, 'pl')),
    byArea: [...tally(reports.map(areaOf)).entries()]
      .map(([area, count]) => ({ area, count }))
      .sort((a, b) => a.area.localeCompare(b.area, 'pl')),
    byStatus: REPORT_STATUSES.map((status) => ({
      status,
      statusName: REPORT_STATUS_NAMES[status],
      count: byStatus.get(status) ?? 0,
    })),
    rows,
    medianHoursToFirstResponse: median(hoursToFirstResponse(reports)),
    medianHoursToClose: median(
      reports.flatMap((report) => (report.closedAt ? [hours(report.confirmedAt, report.closedAt)] : [])),
    ),
  }
}

/** A handler counts the reports of their categories; an administrator all of them. */
const scopeOf = async (req: PayloadRequest): Promise<Where | undefined> =>
  hasRole(req.user, ['admin']) ? undefined : ofHandledCategories(req, 'category')

/**
 * `GET /api/ratusz/zgloszenia/liczby?rok=2026[&format=csv]`: the year's reports per category, area and state, and
 * the median hours to the first response and to closing (JSON), or the table for a spreadsheet (CSV: semicolons,
 * UTF-8 with BOM). Administrators and reports handlers only (a handler: their categories).
 */
export const reportCountsEndpoint = (): Endpoint => ({
  path: REPORT_COUNTS_PATH,
  method: 'get',
  handler: async (req) => {
    if (!isReportsStaff({ req }))
      return Response.json(
        { errors: [{ message: 'Zaloguj się jako administrator lub obsługa zgłoszeń.' }] },
        { status: 403 },
      )
    const params = new URL(req.url ?? 'http://localhost/').searchParams
    const year = Number(params.get('rok') ?? warsawDay(new Date()).slice(0, 4))
    if (!Number.isInteger(year) || year < 2000 || year > 2100)
      return Response.json({ errors: [{ message: 'Podaj rok, np. rok=2026.' }] }, { status: 400 })
    const counts = await countReports(req.payload, year, await scopeOf(req))
    if (params.get('format') === 'csv') {
      const csv = stringify(
        counts.rows.map((row) => [counts.year, row.category, row.area, row.statusName, row.count]),
        { delimiter: ';', header: true, columns: ['Rok', 'Kategoria', 'Obszar', 'Stan', 'Liczba'] },
      )
      return new Response(`\uFEFF${csv}`, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="zgloszenia-${year}.csv"`,
          'Cache-Control': 'no-store',
        },
      })
    }
    return Response.json(counts, { headers: { 'Cache-Control': 'no-store' } })
  },
})
