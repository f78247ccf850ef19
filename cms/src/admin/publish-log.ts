import type { CollectionConfig, Config, Field } from 'payload'

const REASONS = '/admin/PublishReasons'

const withReasons = (field: Field): Field =>
  'name' in field && field.name === 'reason'
    ? ({
        ...field,
        admin: {
          ...field.admin,
          components: {
            Cell: `${REASONS}#PublishReasonsCell`,
            Field: `${REASONS}#PublishReasonsField`,
          },
        },
      } as Field)
    : field

const readable = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      beforeListTable: [
        ...(collection.admin?.components?.beforeListTable ?? []),
        '/admin/PublishActions#PublishActions',
      ],
    },
  },
  fields: collection.fields.map(withReasons),
})

/**
 * The publish log as people read it: reasons grouped and shortened (PublishReasons.tsx), and administrators'
 * "Opublikuj ponownie" and rollback above the table (PublishActions.tsx).
 */
export const publishLog = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug === 'site-publishes' ? readable(collection) : collection,
  ),
})
