import type { APIRoute } from 'astro'
import { loadSettings } from '../../../lib/common/settings'
import { feedResponse } from '../../../lib/common/feed-response'
import { buildReportFeed } from '../../../lib/reports/feed'
import { loadPublicReports } from '../../../lib/reports/load'
import { reportUrls } from '../../../lib/reports/urls'

/** Every public report of the gmina, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const settings = await loadSettings()
  return feedResponse(
    buildReportFeed({
      site: site!,
      title: `Zgłoszenia mieszkańców – ${settings.gminaName}`,
      description: `Zgłoszenia opublikowane przez: ${settings.officeName}`,
      feedPath: reportUrls.feed,
      reports: await loadPublicReports(),
    }),
  )
}
