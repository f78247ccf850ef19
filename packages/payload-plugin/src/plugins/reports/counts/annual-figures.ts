import type { ReportsFiguresProvider } from '../../statistics/report/reports-seam'
import { periodInstants } from '../../statistics/report/period'
import { REPORT_STATUSES, STATUS_NAMES } from '../statuses'
import { median } from './median'
import { countableReports, hoursToFirstResponse } from './counts-endpoint'

const DAY_HOURS = 24

/** Median days from confirmation to the first response, to one decimal; null when none was answered. */
const medianDays = (hours: number[]): number | null => {
  const middle = median(hours)
  return middle === null ? null : Math.round((middle / DAY_HOURS) * 10) / 10
}

/**
 * The residents' reports of a period as the statistics page and the annual report's chapter show them: received
 * (confirmed in the period), handled ("załatwione"), per category with the median days to the first answer, and
 * per state. Null when the period holds no report: "brak danych", never a zero stated as a fact.
 */
export const reportsFigures: ReportsFiguresProvider = async (payload, period) => {
  const { reports, categoryOf } = await countableReports(payload, periodInstants(period))
  if (reports.length === 0) return null
  const handled = (list: typeof reports) => list.filter((report) => report.status === 'resolved').length
  const categories = [...new Set(reports.map(categoryOf))].sort((a, b) => a.localeCompare(b, 'pl'))
  const statuses = REPORT_STATUSES.filter((status) => reports.some((report) => report.status === status))
  return {
    received: reports.length,
    handled: handled(reports),
    byCategory: categories.map((category) => {
      const ofCategory = reports.filter((report) => categoryOf(report) === category)
      return {
        category,
        received: ofCategory.length,
        handled: handled(ofCategory),
        medianDaysToAnswer: medianDays(hoursToFirstResponse(ofCategory)),
      }
    }),
    byStatus: statuses.map((status) => ({
      status: STATUS_NAMES[status],
      count: reports.filter((report) => report.status === status).length,
    })),
  }
}
