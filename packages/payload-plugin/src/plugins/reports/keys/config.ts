import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { notOnSite } from '../../../shared/not-on-site'
import { neverField } from '../access'
import { REPORT_SLUGS } from '../slugs'
import { issueKeyEndpoint } from './issue-key-endpoint'

const systemOnly = { create: neverField, update: neverField }

/**
 * `open311-keys`: one API key per integrator (an app that posts reports through Open311), issued and blocked by
 * administrators. The key itself is never stored: "Wydaj klucz" (issue-key-endpoint.ts) shows it once and keeps
 * its SHA-256 and its last four characters; Open311's POST compares the hash.
 */
export const open311KeysCollection = (): CollectionConfig => ({
  slug: REPORT_SLUGS.open311Keys,
  labels: collectionLabels((t) => t.reports.keys),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'keyEnding', 'active', 'lastUsedAt', 'createdAt'],
    group: label((t) => t.reports.group),
    description: label((t) => t.reports.keys.description),
  },
  custom: notOnSite,
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  endpoints: [issueKeyEndpoint()],
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, ...labelled((t) => t.reports.keys.name) },
    {
      name: 'keyHash',
      type: 'text',
      unique: true,
      access: { read: neverField, ...systemOnly },
      admin: { hidden: true },
    },
    {
      name: 'keyEnding',
      type: 'text',
      access: systemOnly,
      ...labelled((t) => t.reports.keys.key, { readOnly: true }),
    },
    { name: 'active', type: 'checkbox', defaultValue: true, ...labelled((t) => t.reports.keys.active) },
    {
      name: 'lastUsedAt',
      type: 'date',
      access: systemOnly,
      ...labelled((t) => t.reports.keys.lastUsedAt, {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' as const },
      }),
    },
  ],
})
