import crypto from 'node:crypto'
import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { notOnSite } from '../../../shared/not-on-site'
import { neverField } from '../access'
import { REPORT_SLUGS } from '../slugs'

/** A new integrator's key: 32 random bytes, base64url. */
export const newApiKey = (): string => crypto.randomBytes(32).toString('base64url')

/**
 * `open311-keys`: one API key per integrator (an app that posts reports through Open311), issued and blocked by
 * administrators. The key is made when the record is created and only administrators read it.
 */
export const open311KeysCollection = (): CollectionConfig => ({
  slug: REPORT_SLUGS.open311Keys,
  labels: collectionLabels((t) => t.reports.keys),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'active', 'lastUsedAt', 'createdAt'],
    group: label((t) => t.reports.group),
    description: label((t) => t.reports.keys.description),
  },
  custom: notOnSite,
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  hooks: {
    beforeChange: [({ data, operation }) => (operation === 'create' ? { ...data, key: newApiKey() } : data)],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, ...labelled((t) => t.reports.keys.name) },
    {
      name: 'key',
      type: 'text',
      unique: true,
      access: { create: neverField, update: neverField },
      ...labelled((t) => t.reports.keys.key, { readOnly: true }),
    },
    { name: 'active', type: 'checkbox', defaultValue: true, ...labelled((t) => t.reports.keys.active) },
    {
      name: 'lastUsedAt',
      type: 'date',
      access: { create: neverField, update: neverField },
      ...labelled((t) => t.reports.keys.lastUsedAt, {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' as const },
      }),
    },
  ],
})
