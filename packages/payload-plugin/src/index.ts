import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from './options'
import { adminFramePlugin } from './plugins/admin-frame'
import { alertsPlugin } from './plugins/alerts'
import { bipPlugin } from './plugins/bip'
import { corePlugin } from './plugins/core'
import { eventsPlugin } from './plugins/events'
import { filePublicityPlugin } from './plugins/file-publicity'
import { newsPlugin } from './plugins/news'
import { notificationsPlugin } from './plugins/notifications'
import { periodicalsPlugin } from './plugins/periodicals'
import { publishingPlugin } from './plugins/publishing'
import { reportsPlugin } from './plugins/reports'
import { requestBodyPlugin } from './plugins/request-body'
import { sectionsPlugin } from './plugins/sections'
import { statisticsPlugin } from './plugins/statistics'
import { settingsPlugin } from './plugins/settings'
import { systemFieldsPlugin } from './plugins/system-fields'
import { taxonomiesPlugin } from './plugins/taxonomies'
import { boundDatesAndRichTexts } from './shared/bounded-fields'

/**
 * The Ratusz bundle: validates the options, then installs the core collections (users, media, documents), the
 * settings, the shared taxonomies (areas, categories) and the sections the options enable (news, events, BIP,
 * alerts, periodicals, statistics), in that order; then bounds dates and rich texts, tracks which files are public, hooks
 * publishing, guards request bodies and system fields everywhere, says what it installed to the site, and puts the admin's frame (date format, Payload's general texts) in Polish. Nothing of the host config is lost.
 *
 * @example plugins: [ratusz({ documents: { maxFileSizeMB: 50 } })]
 */
export const ratusz = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  const resolved = resolveOptions(options)
  return (config) => {
    const plugins = [
      corePlugin(resolved),
      ...(resolved.plugins.settings ? [settingsPlugin(resolved)] : []),
      taxonomiesPlugin(resolved),
      ...(resolved.plugins.news ? [newsPlugin(resolved)] : []),
      ...(resolved.plugins.events ? [eventsPlugin(resolved)] : []),
      ...(resolved.plugins.bip ? [bipPlugin(resolved)] : []),
      ...(resolved.plugins.alerts ? [alertsPlugin(resolved)] : []),
      ...(resolved.plugins.periodicals ? [periodicalsPlugin(resolved)] : []),
      ...(resolved.plugins.notifications ? [notificationsPlugin(resolved)] : []),
      ...(resolved.plugins.reports && resolved.plugins.notifications ? [reportsPlugin(resolved)] : []),
      ...(resolved.plugins.statistics ? [statisticsPlugin(resolved)] : []),
    ]
    // Dates and rich texts are bounded in every content collection and global; file publicity goes after the
    // content plugins: it finds every field that can point at a file.
    const withContent = filePublicityPlugin()(
      boundDatesAndRichTexts(plugins.reduce((current, plugin) => plugin(current), config)),
    )
    // Publishing goes last but one: it hooks every collection and global installed before it.
    const published = resolved.plugins.publishing ? publishingPlugin(resolved)(withContent) : withContent
    // Request bodies and system fields are guarded in every collection and global, the publish log included;
    // the site learns from the sections endpoint what is installed.
    return adminFramePlugin()(sectionsPlugin(resolved)(systemFieldsPlugin()(requestBodyPlugin()(published))))
  }
}

export { corePlugin, ensureCore } from './plugins/core'
export { settingsPlugin } from './plugins/settings'
export { taxonomiesPlugin } from './plugins/taxonomies'
export { newsPlugin } from './plugins/news'
export { eventsPlugin } from './plugins/events'
export { periodicalsPlugin } from './plugins/periodicals'
export { PDF_QUEUE } from './plugins/periodicals/options'
export { listenForWakes, notifyWake, WAKE_CHANNEL } from './plugins/publishing/wake-channel'
export { runQueueNow } from './plugins/publishing/wake-queue'
export { publishAtStart } from './plugins/publishing/publish-at-start'
export { fromWallClock, wallClock, type WallClock } from '@ratusz/warsaw-time'
export { bipPlugin } from './plugins/bip'
export { BIP_SLUGS, REGISTER_OVERRIDE } from './plugins/bip/slugs'
export { alertsPlugin } from './plugins/alerts'
export { notificationsPlugin } from './plugins/notifications'
export { NOTIFY_QUEUE } from './plugins/notifications/slugs'
export {
  COUNTS_PATH,
  subscriberTable,
  type SubscriberRow,
} from './plugins/notifications/counts/counts-endpoint'
export { MONTH_NAMES } from './shared/month-names'
export { clientAddress } from './shared/client-address'
export { Throttle } from './shared/throttle'
export { monthlyActivity, type MonthActivity } from './plugins/notifications/counts/monthly-activity'
export { AUDIENCE_PATH } from './plugins/notifications/counts/audience-endpoint'
export { reportsPlugin } from './plugins/reports'
export { REPORT_SLUGS } from './plugins/reports/slugs'
export { REPORT_COUNTS_PATH, countReports, type ReportCounts } from './plugins/reports/counts/counts-endpoint'
export { statisticsPlugin } from './plugins/statistics'
export { importLogs, type ImportSummary } from './plugins/statistics/import/import-logs'
export { listLogFiles } from './plugins/statistics/import/list-log-files'
export { STATISTICS_SLUGS } from './plugins/statistics/slugs'
export {
  periodFigures,
  trafficFigures,
  type PeriodFigures,
  type TrafficFigures,
} from './plugins/statistics/report/figures'
export { reportSections, type ReportSection } from './plugins/statistics/report/sections'
export { sectionsHtml, SECTIONS_CSS } from './plugins/statistics/report/render'
export { STATISTICS_PATH } from './plugins/statistics/report/statistics-endpoint'
export { CHAPTER_PATH } from './plugins/statistics/report/chapter-endpoint'
export { CHAPTER_PLACEHOLDERS } from './plugins/statistics/chapter-template/placeholders'
export { periodFromQuery, periodLabel, yearPeriod, type Period } from './plugins/statistics/report/period'
export {
  REPORTS_FIGURES_KEY,
  withReportsFigures,
  type ReportsFigures,
  type ReportsFiguresProvider,
} from './plugins/statistics/report/reports-seam'
export { SmsError, type OutgoingSms, type SmsAdapter } from './plugins/notifications/sending/sms/sms-adapter'
export { smsapiAdapter } from './plugins/notifications/sending/sms/smsapi'
export { serwersmsAdapter } from './plugins/notifications/sending/sms/serwersms'
export { smsOutboxAdapter } from './plugins/notifications/sending/sms/sms-outbox'
export { smsSegments } from './plugins/notifications/sending/sms/sms-segments'
export { generateVapidKeys, type VapidKeys } from './plugins/notifications/sending/push/push-keys'
export { publishingPlugin } from './plugins/publishing'
export { backfillFileUsage } from './plugins/file-publicity/backfill-file-usage'
export { requestPublish } from './plugins/publishing/request-publish'
export { asPublished } from './plugins/publishing/preview/as-published'
export {
  PUBLISH_QUEUE,
  PUBLISH_TASK,
  type PreviewFunction,
  type PreviewOutcome,
  type PublishFunction,
  type PublishOutcome,
  type RollbackFunction,
} from './plugins/publishing/options'
export {
  reasonLineText,
  summarizeReasons,
  type ReasonLine,
  type ReasonRecord,
} from './plugins/publishing/summarize-reasons'
export { optionsSchema, resolveOptions, type RatuszOptions, type ResolvedRatuszOptions } from './options'
export {
  COLLECTION_SLUGS,
  GLOBAL_SLUGS,
  type RatuszCollectionSlug,
  type RatuszGlobalSlug,
} from './shared/slugs'
export {
  ROLES,
  PANEL_ROLES,
  CONTENT_ROLES,
  BIP_ROLES,
  REPORT_ROLES,
  DEFAULT_ROLE,
  hasRole,
  rolesOf,
  type Role,
} from './shared/roles'
export {
  anyone,
  isSignedIn,
  isAdmin,
  isEditor,
  isBipEditor,
  isReportsStaff,
  canUsePanel,
  publishedOrSignedIn,
  adminOrSelf,
  adminOnlyField,
} from './shared/access'
export { slugField } from './shared/slug-field'
export { transliterate } from './shared/transliterate'
export { storedFilename } from './shared/safe-filename'
export { DEFAULT_DOCUMENT_MIME_TYPES } from './shared/document-types'
