import type { SelectField, TextField, TextFieldSingleValidation } from 'payload'
import { adminOnlyField } from '../../../shared/access'
import { label, labelled, message } from '../../../shared/i18n'
import { DEFAULT_ROLE, ROLES } from '../../../shared/roles'

const validateName: TextFieldSingleValidation = (value, { req, required }) =>
  !required || Boolean(value?.trim()) || message(req, (t) => t.users.nameRequired)

/** The person's full name; signs their articles. Stored trimmed; blank (only spaces) is refused. */
export const nameField: TextField = {
  name: 'name',
  type: 'text',
  required: true,
  ...labelled((t) => t.users.name),
  hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)] },
  validate: validateName,
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

/**
 * The current password, asked for when someone changes their own password (hooks/require-current-password.ts).
 * Never stored, never read back.
 */
export const currentPasswordField: TextField = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  ...labelled((t) => t.users.currentPassword),
  hooks: { afterRead: [() => undefined] },
  admin: {
    description: label((t) => t.users.currentPassword.description),
    components: { Field: '@payloadcms/ui#PasswordField' },
    condition: (data, _siblingData, { user }) =>
      Boolean(user && data?.id && String(user.id) === String(data.id)),
  },
}
