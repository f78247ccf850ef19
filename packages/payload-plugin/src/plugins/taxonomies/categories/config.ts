import type { CollectionConfig } from 'payload'
import { publicReadEditorWrite } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { slugField } from '../../../shared/slug-field'
import { COLLECTION_SLUGS } from '../../../shared/slugs'

/** `categories`: topics of news and events (Inwestycje, Oświata, …). Public read; editors write. */
export const categoriesCollection = (): CollectionConfig => ({
  slug: COLLECTION_SLUGS.categories,
  labels: collectionLabels((t) => t.categories),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'updatedAt'],
    group: label((t) => t.groups.content),
    description: label((t) => t.categories.description),
  },
  defaultSort: 'name',
  access: publicReadEditorWrite,
  fields: [
    { name: 'name', type: 'text', required: true, ...labelled((t) => t.categories.name) },
    slugField('name'),
    { name: 'description', type: 'textarea', ...labelled((t) => t.categories.about) },
  ],
})
