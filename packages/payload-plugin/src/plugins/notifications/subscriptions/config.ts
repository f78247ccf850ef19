import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../shared/access'
import { notOnSite } from '../../../shared/not-on-site'
import { collectionLabels, label } from '../../../shared/i18n'
import { NOTIFICATION_SLUGS } from '../slugs'
import { subscriptionFields } from './fields'
import { prepareSubscription } from './hooks/prepare-subscription'
import { recordHistory } from './hooks/record-history'

/**
 * `subscriptions`: one per channel and address (a resident's e-mail, phone or browser), with what it receives,
 * from where, how often, since when and until when. Residents write it only through the public endpoints (sign up,
 * confirm, manage, leave); admins read it and add official members. Start and end stay after the address is
 * erased, so the count of subscribers on any date stays exact.
 */
export const subscriptionsCollection = (options: {
  withAreas: boolean
  withCategories: boolean
}): CollectionConfig => ({
  slug: NOTIFICATION_SLUGS.subscriptions,
  labels: collectionLabels((t) => t.notifications.subscriptions),
  admin: {
    useAsTitle: 'address',
    defaultColumns: ['address', 'channel', 'status', 'topics', 'official', 'startedAt'],
    group: label((t) => t.notifications.group),
    description: label((t) => t.notifications.subscriptions.description),
  },
  defaultSort: '-createdAt',
  // Never on the public site: a change here publishes nothing.
  custom: notOnSite,
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: { beforeChange: [prepareSubscription, recordHistory] },
  fields: subscriptionFields(options),
})
