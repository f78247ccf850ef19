import type { Payload } from 'payload'
import { relationId } from '../../../shared/relation-id'
import { NOTIFICATION_SLUGS } from '../slugs'

/** A subscription as matching news and events needs it (ids only, depth 0). */
export type ItemSubscription = {
  id: string | number
  channel: string
  frequency?: string | null
  areas?: (string | number)[] | null
  categories?: (string | number)[] | null
}

/** An article or an event as matching needs it: its areas and categories (ids). */
export type MatchableItem = { areas: (string | number)[]; categories: (string | number)[] }

const ids = (values: (string | number)[] | null | undefined) => new Set((values ?? []).map(String))
const meets = (chosen: Set<string>, given: Set<string>) =>
  chosen.size === 0 || given.size === 0 || [...chosen].some((id) => given.has(id))

/**
 * Whether a news article or an event reaches a subscription (active, subscribed to its kind): its areas meet the
 * areas chosen (an item for the whole gmina, or a subscriber who chose no area, always do), and so do its
 * categories and the topics chosen.
 */
export const itemReaches = (item: MatchableItem, subscription: ItemSubscription): boolean =>
  meets(ids(subscription.areas), ids(item.areas)) && meets(ids(subscription.categories), ids(item.categories))

/** The topic of the subscription form an item's kind belongs to. */
export const TOPIC_OF = { article: 'news', event: 'events' } as const

/** The active subscriptions a news article (`news`) or an event (`events`) reaches, with channel and frequency. */
export const itemRecipients = async (
  payload: Payload,
  topic: 'news' | 'events',
  item: { areas?: unknown[] | null; categories?: unknown[] | null },
): Promise<ItemSubscription[]> => {
  const subscriptions = await payload.find({
    collection: NOTIFICATION_SLUGS.subscriptions as never,
    where: { and: [{ status: { equals: 'active' } }, { topics: { in: [topic] } }] },
    pagination: false,
    depth: 0,
    select: { channel: true, frequency: true, areas: true, categories: true } as never,
    overrideAccess: true,
  })
  const matchable = {
    areas: (item.areas ?? []).map((value) => relationId(value as never)),
    categories: (item.categories ?? []).map((value) => relationId(value as never)),
  }
  return (subscriptions.docs as unknown as ItemSubscription[]).filter((subscription) =>
    itemReaches(matchable, subscription),
  )
}
