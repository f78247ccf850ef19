import type { APIRoute, GetStaticPaths } from 'astro'
import { loadSettings } from '../../../../lib/common/settings'
import { feedResponse } from '../../../../lib/common/feed-response'
import { loadAreas } from '../../../../lib/common/taxonomies'
import { buildReportFeed } from '../../../../lib/reports/feed'
import { loadPublicReports } from '../../../../lib/reports/load'
import { reportUrls } from '../../../../lib/reports/urls'

/** One feed per area: the public reports of that sołectwo or osiedle. */
export const getStaticPaths = (async () =>
  (await loadAreas()).map((area) => ({
    params: { obszar: area.slug },
    props: { area },
  }))) satisfies GetStaticPaths

export const GET: APIRoute = async ({ site, props }) => {
  const { area } = props as { area: Awaited<ReturnType<typeof loadAreas>>[number] }
  const settings = await loadSettings()
  const reports = (await loadPublicReports()).filter((report) => report.areaRecord?.id === area.id)
  return feedResponse(
    buildReportFeed({
      site: site!,
      title: `Zgłoszenia: ${area.name} – ${settings.gminaName}`,
      description: `Zgłoszenia mieszkańców z obszaru ${area.name}`,
      feedPath: reportUrls.areaFeed(area.slug),
      reports,
    }),
  )
}
