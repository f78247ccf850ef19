import { areaKinds } from '@ratusz/contract'
import type { CollectionConfig } from 'payload'
import { publicReadEditorWrite } from '../../../shared/access'
import { collectionLabels, label, labelled } from '../../../shared/i18n'
import { slugField } from '../../../shared/slug-field'
import { COLLECTION_SLUGS } from '../../../shared/slugs'

/** `areas`: a sołectwo, an osiedle or a thematic group of residents. Public read; editors write. */
export const areasCollection = (): CollectionConfig => ({
  slug: COLLECTION_SLUGS.areas,
  labels: collectionLabels((t) => t.areas),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug', 'updatedAt'],
    group: label((t) => t.groups.content),
    description: label((t) => t.areas.description),
  },
  defaultSort: 'name',
  access: publicReadEditorWrite,
  fields: [
    { name: 'name', type: 'text', required: true, ...labelled((t) => t.areas.name) },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'solectwo',
      options: areaKinds.map((kind) => ({ value: kind, label: label((t) => t.areas.kind[kind]) })),
      ...labelled((t) => t.areas.kind, { position: 'sidebar' as const }),
    },
    { name: 'description', type: 'textarea', ...labelled((t) => t.areas.about) },
  ],
})
