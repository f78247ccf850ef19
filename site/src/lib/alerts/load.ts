import type { Alert } from '@ratusz/contract'
import { loadRecords } from '../store/records'
import { buildNow } from '../build/build-now'

/** Published alerts. */
export async function loadAlerts(): Promise<Alert[]> {
  return loadRecords('alerts')
}

/** The alerts and the build's "now", which decides which of them are active. */
export async function loadAlertsNow(): Promise<{ alerts: Alert[]; now: Date }> {
  return { alerts: await loadAlerts(), now: buildNow() }
}
