import type { CollectionConfig, RichTextField } from 'payload'
import { draftsReadEditorWrite } from '../../../shared/access'
import { collectionLabels, label } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { eventFields } from './fields'
import { bumpSequence } from './hooks/bump-sequence'
import { normaliseAllDay } from './hooks/normalise-all-day'
import { setRule } from './hooks/set-rule'

/** Versions kept per event; older ones are pruned. */
const EVENT_MAX_VERSIONS = 50

/**
 * `events`: invitations with a time (or whole days), an optional repeat rule, a place, an organiser and a
 * status. Drafts, versions and scheduled publishing; the public reads published events only.
 */
export const eventsCollection = (options: {
  withAreas: boolean
  editor?: RichTextField['editor']
}): CollectionConfig => ({
  slug: COLLECTION_SLUGS.events,
  labels: collectionLabels((t) => t.events),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'start', 'status', '_status'],
    listSearchableFields: ['title', 'lead', 'slug'],
    group: label((t) => t.groups.content),
    description: label((t) => t.events.description),
  },
  defaultSort: '-start',
  access: draftsReadEditorWrite,
  versions: {
    drafts: {
      autosave: false,
      schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 15 },
    },
    maxPerDoc: EVENT_MAX_VERSIONS,
  },
  hooks: {
    beforeChange: [normaliseAllDay, setRule, bumpSequence],
  },
  fields: eventFields(options),
})
