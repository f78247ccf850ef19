import { SUBSCRIPTION_CHANNELS } from '@ratusz/resident-forms'
import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../shared/access'
import { notOnSite } from '../../../shared/not-on-site'
import { collectionLabels, describe, label } from '../../../shared/i18n'
import { NOTIFICATION_SLUGS } from '../slugs'

/**
 * `held`: a news or events item kept for the subscriber's daily or weekly digest; `digested`: put into one (the
 * digest's own delivery carries it); the others are the states of a message that is sent.
 */
export const DELIVERY_STATES = [
  'queued',
  'sending',
  'sent',
  'failed',
  'cancelled',
  'held',
  'digested',
] as const
export type DeliveryState = (typeof DELIVERY_STATES)[number]

const never = () => false
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * `deliveries`: the durable queue of residents' messages, one record per message and recipient. Its unique key
 * (message, subscription) means a message planned twice is sent once; the send job claims each record before
 * sending and marks it after, so a restart resumes where it stopped. No address is copied here: erasing a
 * subscription leaves nothing personal behind.
 */
export const deliveriesCollection = (): CollectionConfig => ({
  slug: NOTIFICATION_SLUGS.deliveries,
  labels: collectionLabels((t) => t.notifications.deliveries),
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'channel', 'state', 'dueAt', 'sentAt', 'attempts', 'error'],
    group: label((t) => t.notifications.group),
    description: label((t) => t.notifications.deliveries.description),
  },
  defaultSort: '-createdAt',
  // Never on the public site: a change here publishes nothing.
  custom: notOnSite,
  access: { read: isAdmin, create: never, update: never, delete: never },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
    {
      name: 'message',
      type: 'text',
      required: true,
      index: true,
      ...describe((t) => t.notifications.deliveries.message),
    },
    { name: 'subject', type: 'text', ...describe((t) => t.notifications.deliveries.subject) },
    {
      // The digest message (its key) an item held for a digest went into.
      name: 'digest',
      type: 'text',
      index: true,
      ...describe((t) => t.notifications.deliveries.digest),
    },
    {
      name: 'subscription',
      type: 'relationship',
      relationTo: NOTIFICATION_SLUGS.subscriptions,
      // Empty for another plugin's message (a report's), whose delivery names its own recipient.
      index: true,
    },
    {
      name: 'channel',
      type: 'select',
      required: true,
      options: SUBSCRIPTION_CHANNELS.map((value) => ({
        value,
        label: label((t) => t.notifications.subscriptions.channels[value]),
      })),
    },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'queued',
      options: DELIVERY_STATES.map((value) => ({
        value,
        label: label((t) => t.notifications.deliveries.state[value]),
      })),
      label: label((t) => t.notifications.deliveries.state.label),
    },
    {
      name: 'dueAt',
      type: 'date',
      required: true,
      index: true,
      ...describe((t) => t.notifications.deliveries.dueAt),
      admin: dayAndTime,
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: label((t) => t.notifications.deliveries.attempts.label),
    },
    {
      name: 'sentAt',
      type: 'date',
      label: label((t) => t.notifications.deliveries.sentAt.label),
      admin: dayAndTime,
    },
    { name: 'error', type: 'text', label: label((t) => t.notifications.deliveries.error.label) },
  ],
})
