import type { CollectionConfig } from 'payload'
import { adminOrSelf, canUsePanel, isAdmin } from '../../../shared/access'
import { collectionLabels, label } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { nameField, rolesField } from './fields'
import { makeFirstUserAdmin } from './hooks/make-first-user-admin'

/**
 * `users`: the people who work in the admin panel. Administrators manage accounts; anyone else sees and edits
 * only their own account and cannot change their roles.
 */
export const usersCollection = (): CollectionConfig => ({
  slug: COLLECTION_SLUGS.users,
  labels: collectionLabels((t) => t.users),
  auth: true,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: label((t) => t.groups.admin),
  },
  access: {
    admin: canUsePanel,
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: { beforeChange: [makeFirstUserAdmin] },
  fields: [nameField, rolesField],
})
