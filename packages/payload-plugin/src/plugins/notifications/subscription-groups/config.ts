import { alertKinds } from '@ratusz/contract'
import type { CollectionConfig } from 'payload'
import { anyone, isAdmin } from '../../../shared/access'
import { collectionLabels, describe, label } from '../../../shared/i18n'
import { NOTIFICATION_SLUGS } from '../slugs'

/**
 * `subscription-groups`: groups residents may join whatever their area ("Zagrożenie powodziowe", "Kultura i
 * sport"), defined by an admin. Public to read (the site's form lists them); alerts of the kinds a group names
 * always reach it.
 */
export const subscriptionGroupsCollection = (): CollectionConfig => ({
  slug: NOTIFICATION_SLUGS.groups,
  labels: collectionLabels((t) => t.notifications.groups),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'alertKinds'],
    group: label((t) => t.notifications.group),
    description: label((t) => t.notifications.groups.description),
  },
  defaultSort: 'name',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 80,
      ...describe((t) => t.notifications.groups.name),
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 300,
      ...describe((t) => t.notifications.groups.description_),
    },
    {
      name: 'alertKinds',
      type: 'select',
      hasMany: true,
      options: alertKinds.map((kind) => ({ value: kind, label: label((t) => t.alerts.kind[kind]) })),
      ...describe((t) => t.notifications.groups.alertKinds),
    },
  ],
})
