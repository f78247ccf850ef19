import type { CollectionConfig, Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { hasCollection, withCollection } from '../../shared/config-helpers'
import { stylesheetEndpoint } from '../../shared/residents/stylesheet'
import { COLLECTION_SLUGS } from '../../shared/slugs'
import { withMessageKind } from '../notifications/sending/message-kinds'
import { NOTIFICATION_SLUGS } from '../notifications/slugs'
import { reportCategoriesCollection } from './categories/config'
import { reportsFigures } from './counts/annual-figures'
import { reportCountsEndpoint } from './counts/counts-endpoint'
import { withReportsFigures } from '../statistics/report/reports-seam'
import { reportContext } from './public-endpoints/context'
import {
  confirmReportCodeEndpoint,
  confirmReportEndpoint,
  confirmReportPageEndpoint,
} from './public-endpoints/confirm'
import { statusAnswerEndpoint, statusPageEndpoint } from './public-endpoints/status'
import { submitReportEndpoint } from './public-endpoints/submit'
import { open311KeysCollection } from './keys/config'
import { reportMessagesCollection } from './messages/config'
import { reportPhotosCollection } from './photos/config'
import { open311Endpoints } from './open311/open311'
import { reportsCollection } from './reports/config'
import { eraseReportsTask, queueNightlyReportErase } from './reports/erase-task'
import { reportMessageKind } from './sending/report-messages'
import { staffMessageKind } from './sending/staff-messages'
import { REPORT_SLUGS } from './slugs'

/** Deliveries of the notifications' queue may name a report as their recipient. */
const withReportRecipient = (deliveries: CollectionConfig): CollectionConfig => ({
  ...deliveries,
  fields: [
    ...deliveries.fields,
    { name: 'report', type: 'relationship', relationTo: REPORT_SLUGS.reports, index: true },
  ],
})

/**
 * Residents' reports: residents report a broken street light or a pothole on the site (`/zglos/`, posting to
 * `/api/public/zgloszenia`) or through an Open311 app, confirm it by a link or an SMS code, and follow it on a
 * status page by a token link; the category's handlers (role `reports-handler`) see their categories' reports,
 * change their state, reply and note; each change and reply reaches the resident through the notifications'
 * delivery queue. Collections: `report-categories` (public), `reports` (public subset only), `report-messages`,
 * `report-photos`, `open311-keys`. Install it after the notifications and taxonomies plugins.
 */
export const reportsPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  const resolved = resolveOptions(options)
  const context = reportContext(resolved)
  return (config) => {
    if (!hasCollection(config, NOTIFICATION_SLUGS.deliveries))
      throw new Error(
        'The reports plugin sends residents messages through the notifications plugin: install it first',
      )
    const withAreas = hasCollection(config, COLLECTION_SLUGS.areas)
    const withCollections = [
      reportCategoriesCollection(),
      reportsCollection({ withAreas }),
      reportMessagesCollection(),
      reportPhotosCollection(resolved.uploads.dir),
      open311KeysCollection(),
    ].reduce(withCollection, config)
    const endpoints = withCollections.endpoints ?? []
    const stylesheet = stylesheetEndpoint()
    const withEndpoints: Config = {
      ...withCollections,
      collections: (withCollections.collections ?? []).map((collection) =>
        collection.slug === NOTIFICATION_SLUGS.deliveries ? withReportRecipient(collection) : collection,
      ),
      endpoints: [
        ...endpoints,
        ...(endpoints.some((endpoint) => endpoint.path === stylesheet.path) ? [] : [stylesheet]),
        submitReportEndpoint(context),
        confirmReportPageEndpoint(context),
        confirmReportEndpoint(context),
        confirmReportCodeEndpoint(context),
        statusPageEndpoint(context),
        statusAnswerEndpoint(context),
        reportCountsEndpoint(),
        ...open311Endpoints(context),
      ],
      jobs: {
        ...withCollections.jobs,
        tasks: [...(withCollections.jobs?.tasks ?? []), eraseReportsTask(resolved.reports)],
      },
      onInit: async (payload) => {
        await withCollections.onInit?.(payload)
        await queueNightlyReportErase(payload)
      },
    }
    return withReportsFigures(
      withMessageKind(
        withMessageKind(withEndpoints, 'report', reportMessageKind(resolved.reports)),
        'report-staff',
        staffMessageKind(),
      ),
      reportsFigures,
    )
  }
}
