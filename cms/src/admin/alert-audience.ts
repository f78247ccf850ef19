import { AUDIENCE_PATH } from '@ratusz/payload-plugin'
import type { Config, Field } from 'payload'

const AUDIENCE = '/admin/AlertAudience#AlertAudience'

const withAudience = (field: Field): Field =>
  'name' in field && field.name === 'notifySubscribers'
    ? ({
        ...field,
        admin: {
          ...field.admin,
          components: {
            ...field.admin?.components,
            afterInput: [
              ...((field.admin?.components as { afterInput?: unknown[] } | undefined)?.afterInput ?? []),
              { path: AUDIENCE, clientProps: { endpoint: AUDIENCE_PATH } },
            ],
          },
        },
      } as Field)
    : field

/** Shows under the alert's "Powiadom subskrybentów" how many residents it would reach (AlertAudience.tsx). */
export const alertAudience = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug === 'alerts'
      ? { ...collection, fields: collection.fields.map(withAudience) }
      : collection,
  ),
})
