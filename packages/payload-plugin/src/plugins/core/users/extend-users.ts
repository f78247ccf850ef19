import type { CollectionConfig } from 'payload'
import { hasField } from '../../../shared/config-helpers'
import { nameField, rolesField } from './fields'

/**
 * A host's own `users` collection with what the bundle relies on added: the `roles` field (and `name`, which
 * signs articles) when it lacks them. The host's fields, access rules and hooks stay as they are.
 */
export const extendUsers = (users: CollectionConfig): CollectionConfig => {
  // On a host's collection the name is optional: its existing accounts have none yet.
  const missing = [{ ...nameField, required: false }, rolesField].filter(
    (field) => !hasField(users.fields, field.name),
  )
  return missing.length === 0 ? users : { ...users, fields: [...users.fields, ...missing] }
}
