import type { CollectionConfig, Config, Field } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { hasCollection, withCollection } from '../../shared/config-helpers'
import { describe } from '../../shared/i18n'
import { COLLECTION_SLUGS } from '../../shared/slugs'
import { audienceEndpoint } from './counts/audience-endpoint'
import { countsEndpoint } from './counts/counts-endpoint'
import { deliveriesCollection } from './deliveries/config'
import { decideAlertNotification, queueAlertNotification } from './hooks/notify-on-publish'
import { confirmEndpoint, confirmPageEndpoint } from './public-endpoints/confirm'
import { confirmCodeEndpoint } from './public-endpoints/confirm-code'
import { manageEndpoint, managePageEndpoint } from './public-endpoints/manage'
import { myDataEndpoint } from './public-endpoints/my-data'
import { pushKeyEndpoint } from './public-endpoints/push-key'
import { shortManageLinkEndpoint } from './public-endpoints/short-link'
import { stylesheetEndpoint } from '../../shared/residents/stylesheet'
import { subscribeEndpoint } from './public-endpoints/subscribe'
import { unsubscribeEndpoint, unsubscribePageEndpoint } from './public-endpoints/unsubscribe'
import { planNotificationTask } from './sending/plan-notification-task'
import { releaseInterruptedDeliveries } from './sending/release-interrupted'
import { sendDeliveriesTask } from './sending/send-deliveries-task'
import { subscriptionGroupsCollection } from './subscription-groups/config'
import { subscriptionsCollection } from './subscriptions/config'
import { eraseTask, queueNightlyErase } from './subscriptions/erase-task'

/** The fields an alert gets: "notify subscribers" (ticked for a new alert) and when it last did. */
const alertNotifyFields: Field[] = [
  {
    name: 'notifySubscribers',
    type: 'checkbox',
    defaultValue: true,
    ...describe((t) => t.notifications.notify),
    admin: { position: 'sidebar', description: describe((t) => t.notifications.notify).description },
  },
  {
    name: 'notifiedAt',
    type: 'date',
    ...describe((t) => t.notifications.notifiedAt),
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      description: describe((t) => t.notifications.notifiedAt).description,
    },
  },
]

const withAlertNotifications = (alerts: CollectionConfig): CollectionConfig => ({
  ...alerts,
  fields: [...alerts.fields, ...alertNotifyFields],
  hooks: {
    ...alerts.hooks,
    beforeChange: [...(alerts.hooks?.beforeChange ?? []), decideAlertNotification],
    afterChange: [...(alerts.hooks?.afterChange ?? []), queueAlertNotification],
  },
})

/**
 * Notifications: residents subscribe on the site (`/powiadomienia/`, posting to `/api/public/powiadomienia`) by
 * e-mail (confirmed by a link), SMS (confirmed by a code; `notifications.sms`) or Web Push (the browser's
 * permission; `notifications.push`), manage or leave by the link in every message; alerts, when published with "Powiadom
 * subskrybentów", go to the subscribers of their areas through a durable delivery queue (`deliveries`, Payload's
 * jobs on the `notifications` queue). Collections: `subscription-groups` (public), `subscriptions` and
 * `deliveries` (admins only). Install it after the alerts and taxonomies plugins.
 */
export const notificationsPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  const resolved = resolveOptions(options).notifications
  return (config) => {
    const withAreas = hasCollection(config, COLLECTION_SLUGS.areas)
    const withCategories = hasCollection(config, COLLECTION_SLUGS.categories)
    const withCollections = [
      subscriptionGroupsCollection(),
      subscriptionsCollection({ withAreas, withCategories }),
      deliveriesCollection(),
    ].reduce(withCollection, config)
    return {
      ...withCollections,
      collections: (withCollections.collections ?? []).map((collection) =>
        collection.slug === COLLECTION_SLUGS.alerts ? withAlertNotifications(collection) : collection,
      ),
      endpoints: [
        ...(withCollections.endpoints ?? []),
        subscribeEndpoint(resolved),
        confirmPageEndpoint(resolved),
        confirmEndpoint(resolved),
        confirmCodeEndpoint(resolved),
        pushKeyEndpoint(resolved),
        shortManageLinkEndpoint(resolved),
        managePageEndpoint(resolved),
        manageEndpoint(resolved),
        unsubscribePageEndpoint(resolved),
        unsubscribeEndpoint(resolved),
        myDataEndpoint(resolved),
        stylesheetEndpoint(),
        countsEndpoint(),
        audienceEndpoint(),
      ],
      jobs: {
        ...withCollections.jobs,
        tasks: [
          ...(withCollections.jobs?.tasks ?? []),
          planNotificationTask(resolved),
          sendDeliveriesTask(resolved),
          eraseTask(resolved),
        ],
      },
      onInit: async (payload) => {
        await withCollections.onInit?.(payload)
        await releaseInterruptedDeliveries(payload)
        await queueNightlyErase(payload)
      },
    }
  }
}
