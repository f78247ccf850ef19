import type { CollectionConfig } from 'payload'
import { isSignedIn } from '../../../shared/access'
import { collectionLabels, describe, label } from '../../../shared/i18n'
import { PUBLISH_VIA, type PublishingOptions } from '../options'
import { republishEndpoint } from './republish-endpoint'
import { rollbackEndpoint } from './rollback-endpoint'

export const SITE_PUBLISHES = 'site-publishes'

const never = () => false

/**
 * `site-publishes`: one record per publish of the site, written only by the publishing plugin: from the moment it
 * is queued (with what asked for it and when it will start) until it succeeded or failed. Editors read it to see
 * the state of publishing: what waits, what runs, the last successful publish and its duration, and a failure in
 * plain Polish. Times and the release are folded away until asked for. Administrators publish again and roll the site
 * back through its endpoints.
 */
export const sitePublishesCollection = (options: PublishingOptions): CollectionConfig => ({
  slug: SITE_PUBLISHES,
  labels: collectionLabels((t) => t.publishing),
  admin: {
    // a record is named by when it was asked for ("30.11.2026, 13:42"); its reasons are searched
    useAsTitle: 'createdAt',
    listSearchableFields: ['reason'],
    defaultColumns: ['status', 'reason', 'startedAt', 'via', 'error', 'warnings'],
    group: label((t) => t.publishing.group),
    description: label((t) => t.publishing.description),
  },
  defaultSort: '-createdAt',
  access: { read: isSignedIn, create: never, update: never, delete: never },
  endpoints: [republishEndpoint(options), rollbackEndpoint(options)],
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      label: label((t) => t.publishing.status.label),
      options: (['queued', 'running', 'succeeded', 'failed'] as const).map((value) => ({
        value,
        label: label((t) => t.publishing.status[value]),
      })),
    },
    {
      // which way the site was built (RATUSZ_WARM_PUBLISH, docs/warm-publisher.md); none before it finished
      name: 'via',
      type: 'select',
      label: label((t) => t.publishing.via.label),
      options: PUBLISH_VIA.map((value) => ({ value, label: label((t) => t.publishing.via[value]) })),
    },
    { name: 'reason', type: 'text', ...describe((t) => t.publishing.reason) },
    // the changed records the reasons name ({ reason, collection, id }), for the log's links to them
    { name: 'records', type: 'json', admin: { hidden: true } },
    // the publish job this record follows (payload-jobs id)
    { name: 'job', type: 'text', index: true, admin: { hidden: true } },
    {
      // layout only: the times and the technical detail stay top-level columns
      type: 'collapsible',
      label: label((t) => t.publishing.details.label),
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'scheduledFor',
          type: 'date',
          label: label((t) => t.publishing.scheduledFor.label),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
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
        { name: 'steps', type: 'textarea', ...describe((t) => t.publishing.steps) },
        { name: 'errorDetail', type: 'textarea', ...describe((t) => t.publishing.errorDetail) },
      ],
    },
    { name: 'error', type: 'textarea', ...describe((t) => t.publishing.error) },
    { name: 'warnings', type: 'textarea', ...describe((t) => t.publishing.warnings) },
  ],
})
