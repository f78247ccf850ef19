import {
  EMPTY_REPORT,
  REPORT_CONSENT_VERSION,
  REPORTS_PATH,
  reportConsent,
  reportFormHtml,
} from '@ratusz/resident-forms'
import { loadSettings } from '../common/settings'
import { loadAreas } from '../common/taxonomies'
import { loadRecords } from '../store/records'
import { notificationChannelOn } from '../store/sections'

/**
 * What the consent text states and the form announces: the CMS's defaults (ratusz({ reports })); a gmina that
 * changes them there changes them here.
 */
const RETENTION = { pendingHours: 48, erasedAfterMonths: 12 }
const MAX_PHOTO_MB = 10

/**
 * The report form of `/zglos/`: the same HTML the CMS answers with when a report comes back with an error, so
 * both always match. A plain multipart form that posts to the CMS's public endpoint on the site's own host.
 */
export const reportFormPageHtml = async (): Promise<string> => {
  const [settings, areas, categories] = await Promise.all([
    loadSettings(),
    loadAreas(),
    loadRecords('reportCategories'),
  ])
  return reportFormHtml({
    action: REPORTS_PATH,
    categories: categories.map(({ id, name, description, urgent }) => ({ id, name, description, urgent })),
    areas: areas.filter((area) => area.kind !== 'grupa').map((area) => ({ id: area.id, name: area.name })),
    values: EMPTY_REPORT,
    consent: reportConsent(settings, RETENTION),
    consentVersion: REPORT_CONSENT_VERSION,
    withSms: notificationChannelOn('sms'),
    maxPhotoMB: MAX_PHOTO_MB,
  }).value
}
