import type { Config } from 'payload'

/**
 * On an Open311 key's screen: "Wydaj klucz" (Open311KeyIssuer.tsx), which shows the integrator's key once; the
 * reports plugin stores only its hash.
 */
export const open311KeyIssuer = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    collection.slug === 'open311-keys'
      ? {
          ...collection,
          fields: [
            ...collection.fields,
            {
              name: 'issueKey',
              type: 'ui',
              admin: { components: { Field: '/admin/Open311KeyIssuer#Open311KeyIssuer' } },
            },
          ],
        }
      : collection,
  ),
})
