import type { CollectionConfig, Config, Field } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { hasCollection, withCollection } from '../../shared/config-helpers'
import { describe } from '../../shared/i18n'
import { COLLECTION_SLUGS } from '../../shared/slugs'
import { audienceEndpoint } from './counts/audience-endpoint'
import { countsEndpoint } from './counts/counts-endpoint'
import { deliveriesCollection } from './deliveries/config'
import {
  alertVariant,
  articleVariant,
  decideNotification,
  eventVariant,
  queueNotification,
} from './hooks/notify-on-publish'
import { confirmEndpoint, confirmPageEndpoint } from './public-endpoints/confirm'
import { confirmCodeEndpoint } from './public-endpoints/confirm-code'
import { manageEndpoint, managePageEndpoint } from './public-endpoints/manage'
import { myDataEndpoint } from './public-endpoints/my-data'
import { pushKeyEndpoint } from './public-endpoints/push-key'
import { shortManageLinkEndpoint } from './public-endpoints/short-link'
import { stylesheetEndpoint } from '../../shared/residents/stylesheet'
import { subscribeEndpoint } from './public-endpoints/subscribe'
import { unsubscribeEndpoint, unsubscribePageEndpoint } from './public-endpoints/unsubscribe'
import { digestTask, queueDigests } from './sending/digest-task'
import type { NotifiedKind } from './sending/message-keys'
import { planNotificationTask } from './sending/plan-notification-task'
import { releaseInterruptedDeliveries } from './sending/release-interrupted'
import { sendDeliveriesTask } from './sending/send-deliveries-task'
import { subscriptionGroupsCollection } from './subscription-groups/config'
import { subscriptionsCollection } from './subscriptions/config'
import { eraseTask, queueNightlyErase } from './subscriptions/erase-task'

type NotifyTexts = 'notify' | 'notifyItem'

/**
 * The fields an alert, an article or an event gets: "Powiadom subskrybentów" (ticked for a new one) and when it
 * last did.
 */
const notifyFields = (texts: NotifyTexts): Field[] => [
  {
    name: 'notifySubscribers',
    type: 'checkbox',
    defaultValue: true,
    ...describe((t) => t.notifications[texts]),
    admin: { position: 'sidebar', description: describe((t) => t.notifications[texts]).description },
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

const NOTIFIED: Partial<
  Record<string, { kind: NotifiedKind; texts: NotifyTexts; variant: typeof alertVariant }>
> = {
  [COLLECTION_SLUGS.alerts]: { kind: 'alert', texts: 'notify', variant: alertVariant },
  [COLLECTION_SLUGS.articles]: { kind: 'article', texts: 'notifyItem', variant: articleVariant },
  [COLLECTION_SLUGS.events]: { kind: 'event', texts: 'notifyItem', variant: eventVariant },
}

/** An alert, an article or an event that notifies its subscribers when published with the box ticked. */
const withNotifications = (collection: CollectionConfig): CollectionConfig => {
  const notified = NOTIFIED[collection.slug]
  if (!notified) return collection
  return {
    ...collection,
    fields: [...collection.fields, ...notifyFields(notified.texts)],
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), decideNotification(notified.variant)],
      afterChange: [...(collection.hooks?.afterChange ?? []), queueNotification(notified.kind)],
    },
  }
}

/**
 * Notifications: residents subscribe on the site (`/powiadomienia/`, posting to `/api/public/powiadomienia`) by
 * e-mail (confirmed by a link), SMS (confirmed by a code; `notifications.sms`) or Web Push (the browser's
 * permission; `notifications.push`), manage or leave by the link in every message; alerts, news and events, when
 * published with "Powiadom subskrybentów", go to the subscribers of their areas (news and events at once or in a
 * daily or weekly digest) through a durable delivery queue (`deliveries`, Payload's
 * jobs on the `notifications` queue). Collections: `subscription-groups` (public), `subscriptions` and
 * `deliveries` (admins only). Install it after the alerts, news, events and taxonomies plugins.
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
      collections: (withCollections.collections ?? []).map(withNotifications),
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
          digestTask(resolved, 'daily'),
          digestTask(resolved, 'weekly'),
        ],
      },
      onInit: async (payload) => {
        await withCollections.onInit?.(payload)
        await releaseInterruptedDeliveries(payload)
        await queueNightlyErase(payload)
        await queueDigests(payload, resolved)
      },
    }
  }
}
