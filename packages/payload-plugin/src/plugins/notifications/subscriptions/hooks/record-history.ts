import type { CollectionBeforeChangeHook } from 'payload'

/** One state of a subscription's choices, from `at` until the next entry. */
export type ChoicesAt = { at: string; areas: string[]; groups: string[]; topics: string[] }

const ids = (values: unknown): string[] =>
  (Array.isArray(values) ? values : [])
    .map((value) => String(value && typeof value === 'object' && 'id' in value ? value.id : value))
    .sort()

const choicesOf = (doc: Record<string, unknown>) => ({
  areas: ids(doc.areas),
  groups: ids(doc.groups),
  topics: ((doc.topics as string[] | undefined) ?? []).map(String).sort(),
})

/**
 * Before every write: when an active subscription's areas, groups or topics change (or it becomes active), the
 * new choices are appended to its history with the time, so the subscribers of each group on any past date can
 * be counted exactly, whoever made the change (the resident, an admin).
 */
export const recordHistory: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data } as Record<string, unknown>
  if (merged.status !== 'active') return data
  const history = ((merged.history as ChoicesAt[] | null) ?? []).slice()
  const now = choicesOf(merged)
  const last = history.at(-1)
  if (last && JSON.stringify(choicesOf(last)) === JSON.stringify(now)) return data
  history.push({ at: new Date().toISOString(), ...now })
  return { ...data, history }
}
