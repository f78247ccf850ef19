import { AUDIENCE_PATH } from '@ratusz/payload-plugin'
import type { Config, Field } from 'payload'

const AUDIENCE = '/admin/NotifyAudience#NotifyAudience'

/** The collections whose "Powiadom subskrybentów" shows its audience, and the topic residents subscribe to. */
const TOPICS: Record<string, 'alerts' | 'news' | 'events'> = {
  alerts: 'alerts',
  articles: 'news',
  events: 'events',
}

type SmsCost = { siteUrl: string; pricePerPart?: number | null } | null

const withAudience =
  (topic: string, sms: SmsCost) =>
  (field: Field): Field =>
    'name' in field && field.name === 'notifySubscribers'
      ? ({
          ...field,
          admin: {
            ...field.admin,
            components: {
              ...field.admin?.components,
              afterInput: [
                ...((field.admin?.components as { afterInput?: unknown[] } | undefined)?.afterInput ?? []),
                { path: AUDIENCE, clientProps: { endpoint: AUDIENCE_PATH, topic, sms } },
              ],
            },
          },
        } as Field)
      : field

/**
 * Shows under the "Powiadom subskrybentów" of alerts, articles and events how many residents it would reach
 * (NotifyAudience.tsx) and, when the CMS sends SMS (`sms`), how many SMS parts that makes and their estimated
 * cost (`pricePerPart`, from RATUSZ_SMS_PRICE).
 */
export const notifyAudience =
  (sms: SmsCost) =>
  (config: Config): Config => ({
    ...config,
    collections: config.collections?.map((collection) => {
      const topic = TOPICS[collection.slug]
      return topic ? { ...collection, fields: collection.fields.map(withAudience(topic, sms)) } : collection
    }),
  })
