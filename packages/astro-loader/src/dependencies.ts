import type { CmsClient } from './client'

/** How many records each dependency had at the last sync, by collection slug. */
export type DependencyCounts = Record<string, number>

/**
 * Whether any collection whose records are populated into this one (covers, attachments, categories) changed
 * since the last sync: a record updated after `since`, or a record added or deleted (its count moved). Such a
 * change alters the populated copies without touching the records themselves, so it calls for a full sync.
 */
export async function dependenciesChanged(
  client: CmsClient,
  dependsOn: readonly string[],
  since: string,
  previous: DependencyCounts | undefined,
): Promise<{ changed: boolean; counts: DependencyCounts }> {
  const counts: DependencyCounts = {}
  let changed = previous === undefined
  for (const collection of dependsOn) {
    counts[collection] = await client.count(collection)
    if (previous?.[collection] !== counts[collection]) changed = true
    else if ((await client.count(collection, { 'where[updatedAt][greater_than]': since })) > 0) changed = true
  }
  return { changed, counts }
}
