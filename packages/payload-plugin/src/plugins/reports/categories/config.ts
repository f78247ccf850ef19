import type { CollectionConfig } from 'payload'
import { anyone, isAdmin } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { staffOnlyField } from '../access'
import { REPORT_SLUGS } from '../slugs'

/**
 * `report-categories`: what residents can report (street lights, roads, waste…), the team and the people who
 * handle it, an urgent flag (the form says to call 112) and the deadline in days. Public read (the site's form
 * lists them; who handles them is not public); administrators write.
 */
export const reportCategoriesCollection = (): CollectionConfig => ({
  slug: REPORT_SLUGS.categories,
  labels: collectionLabels((t) => t.reports.categories),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'team', 'deadlineDays', 'urgent'],
    group: label((t) => t.reports.group),
    description: label((t) => t.reports.categories.description),
  },
  defaultSort: 'name',
  access: { read: anyone, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 120,
      ...labelled((t) => t.reports.categories.name),
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 300,
      ...labelled((t) => t.reports.categories.about),
    },
    { name: 'team', type: 'text', maxLength: 200, ...labelled((t) => t.reports.categories.team) },
    {
      name: 'handlers',
      type: 'relationship',
      relationTo: COLLECTION_SLUGS.users,
      hasMany: true,
      index: true,
      access: { read: staffOnlyField },
      filterOptions: { roles: { in: ['reports-handler', 'admin'] } },
      ...labelled((t) => t.reports.categories.handlers),
    },
    {
      name: 'urgent',
      type: 'checkbox',
      defaultValue: false,
      ...labelled((t) => t.reports.categories.urgent, { position: 'sidebar' as const }),
    },
    {
      name: 'deadlineDays',
      type: 'number',
      required: true,
      defaultValue: 14,
      min: 1,
      max: 365,
      ...labelled((t) => t.reports.categories.deadlineDays, { position: 'sidebar' as const }),
    },
    {
      name: 'open311Code',
      type: 'text',
      unique: true,
      maxLength: 64,
      validate: (value: unknown) =>
        value == null ||
        value === '' ||
        /^[\w.-]{1,64}$/.test(String(value)) ||
        'Litery, cyfry, kropki, myślniki.',
      ...labelled((t) => t.reports.categories.open311Code, { position: 'sidebar' as const }),
    },
  ],
})
