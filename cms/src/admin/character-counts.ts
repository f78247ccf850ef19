import type { Config, Field } from 'payload'

const COUNTER = '/admin/CharacterCount#CharacterCount'

/** A top-level text field with a length limit gets the live counter under its input. */
const withCounter = (field: Field): Field =>
  (field.type === 'text' || field.type === 'textarea') && typeof field.maxLength === 'number'
    ? ({
        ...field,
        admin: {
          ...field.admin,
          components: {
            ...field.admin?.components,
            afterInput: [
              ...(field.admin?.components?.afterInput ?? []),
              { path: COUNTER, clientProps: { path: field.name, maxLength: field.maxLength } },
            ],
          },
        },
      } as Field)
    : field

/** Adds a live character counter to every limited text field of every collection (CharacterCount.tsx). */
export const characterCounts = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) => ({
    ...collection,
    fields: collection.fields.map(withCounter),
  })),
})
