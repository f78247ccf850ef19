import type { Config, Field } from 'payload'

const withOptionalLook = (field: Field): Field =>
  field.type === 'text' && field.name === 'slug'
    ? {
        ...field,
        admin: {
          ...field.admin,
          components: { ...field.admin?.components, Label: '/admin/SlugLabel#SlugLabel' },
        },
      }
    : field

/**
 * Every collection's slug looks optional in the admin (SlugLabel.tsx), as its help says: left empty, it is made
 * from the title. It stays `required` (filled by its hook before validation), so the schema does not change.
 */
export const slugLabel = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: collection.fields.map(withOptionalLook),
  })),
})
