import type { CollectionConfig } from 'payload'
import { isSignedIn } from '../../../shared/access'
import { collectionLabels, describe, label } from '../../../shared/i18n'

export const SITE_PUBLISHES = 'site-publishes'

const never = () => false

/**
 * `site-publishes`: one record per publish of the site, written only by the publish job. Editors read it to see
 * the state of publishing: the last successful publish, its duration, what runs, and a failure in plain Polish.
 */
export const sitePublishesCollection = (): CollectionConfig => ({
  slug: SITE_PUBLISHES,
  labels: collectionLabels((t) => t.publishing),
  admin: {
    useAsTitle: 'reason',
    defaultColumns: ['status', 'reason', 'startedAt', 'durationSeconds', 'error'],
    group: label((t) => t.publishing.group),
    description: label((t) => t.publishing.description),
  },
  defaultSort: '-startedAt',
  access: { read: isSignedIn, create: never, update: never, delete: never },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      label: label((t) => t.publishing.status.label),
      options: (['running', 'succeeded', 'failed'] as const).map((value) => ({
        value,
        label: label((t) => t.publishing.status[value]),
      })),
    },
    { name: 'reason', type: 'text', ...describe((t) => t.publishing.reason) },
    {
      name: 'startedAt',
      type: 'date',
      label: label((t) => t.publishing.startedAt.label),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: label((t) => t.publishing.finishedAt.label),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'durationSeconds', type: 'number', label: label((t) => t.publishing.durationSeconds.label) },
    { name: 'pages', type: 'number', label: label((t) => t.publishing.pages.label) },
    { name: 'releaseId', type: 'text', label: label((t) => t.publishing.releaseId.label) },
    { name: 'error', type: 'textarea', ...describe((t) => t.publishing.error) },
    { name: 'errorDetail', type: 'textarea', ...describe((t) => t.publishing.errorDetail) },
  ],
})
