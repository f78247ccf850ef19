import type { Choice, SubscriptionChoices } from '@ratusz/resident-forms'
import type { Payload } from 'payload'
import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { NOTIFICATION_SLUGS } from '../slugs'

const list = async (payload: Payload, collection: string, withDescription = false): Promise<Choice[]> => {
  if (!payload.config.collections.some((entry) => entry.slug === collection)) return []
  const found = await payload.find({
    collection: collection as never,
    sort: 'name',
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return (found.docs as unknown as { id: string | number; name: string; description?: string | null }[]).map(
    (doc) => ({
      id: doc.id,
      name: doc.name,
      ...(withDescription ? { description: doc.description ?? null } : {}),
    }),
  )
}

/** What the subscription form offers: the gmina's areas, the topics of news and events, the groups. */
export const formChoices = async (payload: Payload): Promise<SubscriptionChoices> => {
  const [areas, categories, groups] = await Promise.all([
    list(payload, COLLECTION_SLUGS.areas),
    list(payload, COLLECTION_SLUGS.categories),
    list(payload, NOTIFICATION_SLUGS.groups, true),
  ])
  return { areas, categories, groups }
}
