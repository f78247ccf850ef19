import type { ChoicesAt } from '../subscriptions/hooks/record-history'

/** A subscription as counting needs it: channel, period, official or not, its choices over time. */
export type CountableSubscription = {
  channel: string
  official?: boolean | null
  startedAt?: string | null
  endedAt?: string | null
  history?: ChoicesAt[] | null
}

/** The number of subscribers of one group (an area, a notification group, or the whole gmina) per channel. */
export type GroupCount = { key: string; byChannel: Record<string, number>; official: number; total: number }

/** Whether the subscription was active at the moment. */
const activeAt = (subscription: CountableSubscription, at: Date) =>
  Boolean(subscription.startedAt) &&
  new Date(subscription.startedAt!) <= at &&
  (!subscription.endedAt || new Date(subscription.endedAt) > at)

/** The choices in force at the moment (the last history entry not after it). */
const choicesAt = (subscription: CountableSubscription, at: Date): ChoicesAt | undefined =>
  (subscription.history ?? []).filter((entry) => new Date(entry.at) <= at).at(-1) ??
  (subscription.history ?? [])[0]

/**
 * The subscribers of each group at a moment, by channel: every area (`area:<id>`), every notification group
 * (`group:<id>`), and `all` for those who chose no area (they get the whole gmina). A subscriber of two areas
 * counts in both; `total` of `everyone` counts each subscriber once. Official members are counted apart, not in
 * the channels.
 */
export const subscribersOn = (subscriptions: CountableSubscription[], at: Date): GroupCount[] => {
  const counts = new Map<string, GroupCount>()
  const add = (key: string, subscription: CountableSubscription) => {
    const count = counts.get(key) ?? { key, byChannel: {}, official: 0, total: 0 }
    if (subscription.official) count.official += 1
    else count.byChannel[subscription.channel] = (count.byChannel[subscription.channel] ?? 0) + 1
    count.total += 1
    counts.set(key, count)
  }
  for (const subscription of subscriptions) {
    if (!activeAt(subscription, at)) continue
    const choices = choicesAt(subscription, at)
    add('everyone', subscription)
    if (!choices || choices.areas.length === 0) add('all', subscription)
    for (const area of choices?.areas ?? []) add(`area:${area}`, subscription)
    for (const group of choices?.groups ?? []) add(`group:${group}`, subscription)
  }
  return [...counts.values()]
}
