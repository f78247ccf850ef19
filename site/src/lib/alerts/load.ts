import type { Alert } from '@ratusz/contract'
import { getCollection } from 'astro:content'
import { freshRelations, loadAreas } from '../news/content'
import { buildNow } from '../build/build-now'

/**
 * Published alerts with their areas as the areas collection holds them now (a renamed area shows its new name,
 * a deleted one drops out; an alert left with no areas would read as the whole gmina, so it keeps its copy).
 */
export async function loadAlerts(): Promise<Alert[]> {
  const [entries, areas] = await Promise.all([getCollection('alerts'), loadAreas()])
  return entries.map(({ data }) => {
    const fresh = freshRelations(data.areas, areas)
    return { ...data, areas: fresh.length > 0 || data.areas.length === 0 ? fresh : data.areas }
  })
}

/** The alerts and the build's "now", which decides which of them are active. */
export async function loadAlertsNow(): Promise<{ alerts: Alert[]; now: Date }> {
  return { alerts: await loadAlerts(), now: buildNow() }
}
