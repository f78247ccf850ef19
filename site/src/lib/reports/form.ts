import { readConfig } from '@ratusz/config'
import {
  EMPTY_REPORT,
  REPORT_CONSENT_VERSION,
  REPORTS_PATH,
  reportConsent,
  reportFormHtml,
  type ReportMap,
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
 * The map of the form, when a tile server is configured (RATUSZ_MAP_TILE_URL): it opens at RATUSZ_MAP_CENTER (the
 * middle of the gmina's box by default) and stays within RATUSZ_MAP_BOUNDS, the box the CMS checks positions
 * against. Without a tile server there is no map, and the page loads nothing from another host.
 */
export const reportMap = (env: NodeJS.ProcessEnv = process.env): ReportMap | undefined => {
  const config = readConfig('site', env)
  if (!config.RATUSZ_MAP_TILE_URL) return undefined
  const bounds = config.RATUSZ_MAP_BOUNDS
  return {
    tileUrl: config.RATUSZ_MAP_TILE_URL,
    attribution: config.RATUSZ_MAP_ATTRIBUTION ?? '',
    center: config.RATUSZ_MAP_CENTER ?? {
      lat: (bounds.south + bounds.north) / 2,
      lon: (bounds.west + bounds.east) / 2,
    },
    zoom: config.RATUSZ_MAP_ZOOM,
    bounds,
  }
}

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
    map: reportMap(),
  }).value
}
