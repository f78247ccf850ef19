import type { Config, Field } from 'payload'

const SMS_PARTS = '/admin/SmsParts#SmsParts'

const withSmsParts =
  (siteUrl: string) =>
  (field: Field): Field =>
    'name' in field && field.name === 'shortText'
      ? ({
          ...field,
          admin: {
            ...field.admin,
            components: {
              ...field.admin?.components,
              afterInput: [
                ...((field.admin?.components as { afterInput?: unknown[] } | undefined)?.afterInput ?? []),
                { path: SMS_PARTS, clientProps: { path: field.name, siteUrl } },
              ],
            },
          },
        } as Field)
      : field

/**
 * When the CMS sends SMS: under an alert's short text (what an SMS carries), the parts each recipient's SMS will
 * take (SmsParts.tsx), so the editor sees the cost of a word before publishing.
 */
export const smsParts =
  (siteUrl: string, on: boolean) =>
  (config: Config): Config =>
    on
      ? {
          ...config,
          collections: config.collections?.map((collection) =>
            collection.slug === 'alerts'
              ? { ...collection, fields: collection.fields.map(withSmsParts(siteUrl)) }
              : collection,
          ),
        }
      : config
