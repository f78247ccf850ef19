import type { CollectionConfig, RichTextField } from 'payload'
import { draftsReadEditorWrite } from '../../../shared/access'
import { collectionLabels, label } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { setPublishedAt } from '../../news/articles/hooks/set-published-at'
import { alertFields } from './fields'

/** Versions kept per alert; older ones are pruned. */
const ALERT_MAX_VERSIONS = 50

/**
 * `alerts`: warnings and announcements for the whole gmina or some areas, valid for a period, with drafts,
 * versions and scheduled publishing. The public reads published alerts only; the site decides which are active
 * at build time from `validFrom` and `validUntil`. The short text is what later SMS delivery will send.
 */
export const alertsCollection = (options: {
  withAreas: boolean
  editor?: RichTextField['editor']
}): CollectionConfig => ({
  slug: COLLECTION_SLUGS.alerts,
  labels: collectionLabels((t) => t.alerts),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'severity', 'kind', 'validFrom', 'validUntil', '_status'],
    listSearchableFields: ['title', 'shortText', 'slug'],
    group: label((t) => t.groups.content),
    description: label((t) => t.alerts.description),
  },
  defaultSort: '-validFrom',
  access: draftsReadEditorWrite,
  versions: {
    drafts: {
      autosave: false,
      schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 15 },
    },
    maxPerDoc: ALERT_MAX_VERSIONS,
  },
  hooks: { beforeChange: [setPublishedAt] },
  fields: alertFields(options),
})
