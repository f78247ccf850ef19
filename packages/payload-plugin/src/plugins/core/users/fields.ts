import type { SelectField, TextField } from 'payload'
import { adminOnlyField } from '../../../shared/access'
import { label, labelled } from '../../../shared/i18n'
import { DEFAULT_ROLE, ROLES } from '../../../shared/roles'

/** The person's full name; signs their articles. */
export const nameField: TextField = {
  name: 'name',
  type: 'text',
  required: true,
  ...labelled((t) => t.users.name),
}

/** What the user may do. Only administrators set or change it; saved in the JWT for cheap access checks. */
export const rolesField: SelectField = {
  name: 'roles',
  type: 'select',
  hasMany: true,
  required: true,
  defaultValue: [DEFAULT_ROLE],
  saveToJWT: true,
  label: label((t) => t.users.roles.label),
  options: ROLES.map((role) => ({ value: role, label: label((t) => t.users.roles[role]) })),
  access: { create: adminOnlyField, update: adminOnlyField },
  admin: { description: label((t) => t.users.roles.description) },
}
