import { SUBSCRIPTION_CHANNELS, SUBSCRIPTION_FREQUENCIES, SUBSCRIPTION_TOPICS } from '@ratusz/resident-forms'
import type { Field, FieldAccess } from 'payload'
import { describe, label } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { NOTIFICATION_SLUGS } from '../slugs'

/** The states of a subscription. */
export const SUBSCRIPTION_STATES = ['pending', 'active', 'ended'] as const
export type SubscriptionState = (typeof SUBSCRIPTION_STATES)[number]

const nobody: FieldAccess = () => false
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }
const readOnlyInSidebar = { position: 'sidebar' as const, readOnly: true, ...dayAndTime }

/** A secret of the record that no API answer shows (token nonces, the unconfirmed request). */
const secret = (name: string, type: 'text' | 'json' = 'text'): Field =>
  ({ name, type, access: { read: nobody, create: nobody, update: nobody }, admin: { hidden: true } }) as Field

export const subscriptionFields = (options: { withAreas: boolean; withCategories: boolean }): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'channel',
        type: 'select',
        required: true,
        defaultValue: 'email',
        options: SUBSCRIPTION_CHANNELS.map((value) => ({
          value,
          label: label((t) => t.notifications.subscriptions.channels[value]),
        })),
        ...describe((t) => t.notifications.subscriptions.channel),
      },
      {
        name: 'address',
        type: 'text',
        // An e-mail address, a phone number, or a browser's push endpoint (up to 2000 characters).
        maxLength: 2000,
        ...describe((t) => t.notifications.subscriptions.address),
      },
    ],
  },
  {
    name: 'status',
    type: 'select',
    required: true,
    defaultValue: 'active',
    index: true,
    options: SUBSCRIPTION_STATES.map((value) => ({
      value,
      label: label((t) => t.notifications.subscriptions.status[value]),
    })),
    ...describe((t) => t.notifications.subscriptions.status),
    admin: { position: 'sidebar' },
  },
  {
    name: 'topics',
    type: 'select',
    hasMany: true,
    required: true,
    defaultValue: ['alerts'],
    options: SUBSCRIPTION_TOPICS.map((value) => ({
      value,
      label: label((t) => t.notifications.subscriptions.topicNames[value]),
    })),
    ...describe((t) => t.notifications.subscriptions.topics),
  },
  ...(options.withAreas
    ? [
        {
          name: 'areas',
          type: 'relationship',
          relationTo: COLLECTION_SLUGS.areas,
          hasMany: true,
          ...describe((t) => t.notifications.subscriptions.areas),
        } as Field,
      ]
    : []),
  ...(options.withCategories
    ? [
        {
          name: 'categories',
          type: 'relationship',
          relationTo: COLLECTION_SLUGS.categories,
          hasMany: true,
          ...describe((t) => t.notifications.subscriptions.categories),
        } as Field,
      ]
    : []),
  {
    name: 'groups',
    type: 'relationship',
    relationTo: NOTIFICATION_SLUGS.groups,
    hasMany: true,
    ...describe((t) => t.notifications.subscriptions.groups),
  },
  {
    name: 'frequency',
    type: 'select',
    required: true,
    defaultValue: 'immediately',
    options: SUBSCRIPTION_FREQUENCIES.map((value) => ({
      value,
      label: label((t) => t.notifications.subscriptions.frequencies[value]),
    })),
    ...describe((t) => t.notifications.subscriptions.frequency),
  },
  {
    type: 'row',
    fields: [
      { name: 'official', type: 'checkbox', ...describe((t) => t.notifications.subscriptions.official) },
      {
        name: 'legalBasis',
        type: 'text',
        maxLength: 300,
        ...describe((t) => t.notifications.subscriptions.legalBasis),
        admin: {
          condition: (data) => Boolean(data?.official),
        },
      },
    ],
  },
  {
    name: 'consentVersion',
    type: 'text',
    ...describe((t) => t.notifications.subscriptions.consentVersion),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'startedAt',
    type: 'date',
    index: true,
    ...describe((t) => t.notifications.subscriptions.startedAt),
    admin: readOnlyInSidebar,
  },
  {
    name: 'endedAt',
    type: 'date',
    index: true,
    ...describe((t) => t.notifications.subscriptions.endedAt),
    admin: readOnlyInSidebar,
  },
  {
    name: 'endReason',
    type: 'text',
    ...describe((t) => t.notifications.subscriptions.endReason),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'erasedAt',
    type: 'date',
    ...describe((t) => t.notifications.subscriptions.erasedAt),
    admin: readOnlyInSidebar,
  },
  // `channel:address`, unique: the same address or number signing up again finds its one subscription.
  { name: 'contactKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
  { name: 'pendingUntil', type: 'date', index: true, admin: { hidden: true } },
  secret('confirmNonce'),
  secret('manageNonce'),
  // What an unconfirmed sign-up asked for: applied when its link is confirmed.
  secret('requested', 'json'),
  // Every change of choices with its time ({ at, areas, groups, topics }), so counts on any past date are exact.
  { name: 'history', type: 'json', admin: { hidden: true } },
  // A browser's push keys (p256dh, auth) the messages are encrypted for.
  secret('pushKeys', 'json'),
  // Wrong SMS codes typed for the current sign-up.
  { name: 'codeAttempts', type: 'number', defaultValue: 0, admin: { hidden: true } },
]
