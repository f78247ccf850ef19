/** A subscription as matching needs it (ids only, depth 0). */
export type MatchableSubscription = {
  id: string | number
  channel: string
  areas?: (string | number)[] | null
  groups?: (string | number)[] | null
}

/** An alert as matching needs it. */
export type MatchableAlert = { kind: string; areas: (string | number)[] }

/** A group as matching needs it: the alert kinds that always reach it. */
export type MatchableGroup = { id: string | number; alertKinds?: string[] | null }

const ids = (values: (string | number)[] | null | undefined) => new Set((values ?? []).map(String))

/**
 * Whether an alert reaches a subscription (already active and subscribed to alerts): an alert for the whole
 * gmina reaches everyone; one for some areas reaches those who chose one of them or no area at all; and a group
 * whose alert kinds include the alert's kind gets it whatever the areas.
 */
export const alertReaches = (
  alert: MatchableAlert,
  subscription: MatchableSubscription,
  groupsByKind: Set<string>,
): boolean => {
  const alertAreas = ids(alert.areas)
  const chosenAreas = ids(subscription.areas)
  if (alertAreas.size === 0 || chosenAreas.size === 0) return true
  if ([...chosenAreas].some((area) => alertAreas.has(area))) return true
  return [...ids(subscription.groups)].some((group) => groupsByKind.has(group))
}

/** The ids of the groups that always get alerts of this kind. */
export const groupsForKind = (groups: MatchableGroup[], kind: string): Set<string> =>
  new Set(groups.filter((group) => (group.alertKinds ?? []).includes(kind)).map((group) => String(group.id)))
