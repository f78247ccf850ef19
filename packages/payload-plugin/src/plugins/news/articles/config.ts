import type { CollectionConfig, RichTextField } from 'payload'
import { draftsReadEditorWrite } from '../../../shared/access'
import { collectionLabels, label } from '../../../shared/i18n'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { articleFields } from './fields'
import { defaultAuthor } from './hooks/default-author'
import { setPublishedAt } from './hooks/set-published-at'

/** Versions kept per article; older ones are pruned. */
const ARTICLE_MAX_VERSIONS = 50

/**
 * `articles`: news for residents, with drafts, versions and scheduled publishing and unpublishing (Payload's
 * built-in `schedulePublish` job). The public reads published articles only, newest first.
 */
export const articlesCollection = (options: {
  withAreas: boolean
  editor?: RichTextField['editor']
}): CollectionConfig => ({
  slug: COLLECTION_SLUGS.articles,
  labels: collectionLabels((t) => t.articles),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'featured', 'author'],
    listSearchableFields: ['title', 'lead', 'slug'],
    group: label((t) => t.groups.content),
    description: label((t) => t.articles.description),
  },
  defaultSort: '-publishedAt',
  access: draftsReadEditorWrite,
  versions: {
    drafts: {
      autosave: false,
      schedulePublish: { timeFormat: 'HH:mm', timeIntervals: 15 },
    },
    maxPerDoc: ARTICLE_MAX_VERSIONS,
  },
  hooks: {
    beforeValidate: [defaultAuthor],
    beforeChange: [setPublishedAt],
  },
  fields: articleFields(options),
})
