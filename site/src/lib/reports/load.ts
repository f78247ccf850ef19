import type { Area, PublicReport, ReportCategory } from '@ratusz/contract'
import { REPORT_STATUS_NAMES } from '@ratusz/resident-forms'
import { loadAreas } from '../common/taxonomies'
import { loadRecords } from '../store/records'

/** A public report as the list and the feeds show it: names instead of ids, no personal data (never had any). */
export type ShownReport = PublicReport & {
  categoryName: string
  areaRecord: Area | null
  statusName: string
  shownAt: string
}

/** The reports the office marked public, newest first, with their category's and area's names. */
export const loadPublicReports = async (): Promise<ShownReport[]> => {
  const [reports, categories, areas] = await Promise.all([
    loadRecords('publicReports'),
    loadRecords('reportCategories'),
    loadAreas(),
  ])
  const categoryById = new Map<string, ReportCategory>(
    categories.map((category) => [String(category.id), category]),
  )
  const areaById = new Map<string, Area>(areas.map((area) => [String(area.id), area]))
  return reports
    .filter((report) => report.public !== false)
    .map((report) => ({
      ...report,
      categoryName: categoryById.get(String(report.category))?.name ?? 'Inne',
      areaRecord: report.area != null ? (areaById.get(String(report.area)) ?? null) : null,
      statusName: REPORT_STATUS_NAMES[report.status],
      shownAt: report.confirmedAt ?? report.createdAt,
    }))
    .sort((a, b) => Date.parse(b.shownAt) - Date.parse(a.shownAt))
}
