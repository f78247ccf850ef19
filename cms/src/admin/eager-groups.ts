import type { CollectionConfig, Config, Field, GlobalConfig } from 'payload'

const EAGER_GROUP = '/admin/EagerGroup#EagerGroup'

/** A top-level named group without components or a condition of its own renders its fields with the form. */
const eager = (field: Field): Field =>
  field.type === 'group' &&
  'name' in field &&
  field.name &&
  !field.admin?.components &&
  !field.admin?.condition
    ? { ...field, admin: { ...field.admin, components: { Field: EAGER_GROUP } } }
    : field

const withEagerGroups = <T extends CollectionConfig | GlobalConfig>(entity: T): T => ({
  ...entity,
  fields: entity.fields.map(eager),
})

/**
 * Every top-level group of every collection and global shows its fields as soon as the form opens (EagerGroup.tsx
 * works around payloadcms/payload#17715); the data and the schema stay as they are.
 */
export const eagerGroups = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map(withEagerGroups),
  globals: config.globals?.map(withEagerGroups),
})
