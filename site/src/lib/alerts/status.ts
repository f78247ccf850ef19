import type { Alert, AlertSeverity } from '@ratusz/contract'

/** Where an alert stands at a moment: not started yet, in force, or over. */
type AlertStatus = 'upcoming' | 'active' | 'ended'

type Period = Pick<Alert, 'validFrom' | 'validUntil'>

/** The status of an alert at `now`: active from `validFrom` (inclusive) to `validUntil` (exclusive). */
export function alertStatus(alert: Period, now: Date): AlertStatus {
  const at = now.getTime()
  if (Date.parse(alert.validFrom) > at) return 'upcoming'
  if (alert.validUntil !== null && Date.parse(alert.validUntil) <= at) return 'ended'
  return 'active'
}

function isActive(alert: Period, now: Date): boolean {
  return alertStatus(alert, now) === 'active'
}

const RANK: Record<AlertSeverity, number> = { alarm: 3, ostrzezenie: 2, informacja: 1 }

/** Highest severity first; then the most recent start; then by title, so the order is stable. */
function bySeverity(a: Alert, b: Alert): number {
  return (
    RANK[b.severity] - RANK[a.severity] ||
    Date.parse(b.validFrom) - Date.parse(a.validFrom) ||
    a.title.localeCompare(b.title, 'pl')
  )
}

/** The alerts active at `now`, highest severity first. */
export function activeAlerts(alerts: readonly Alert[], now: Date): Alert[] {
  return alerts.filter((alert) => isActive(alert, now)).sort(bySeverity)
}

/** Alerts announced ahead, soonest first. */
export function upcomingAlerts(alerts: readonly Alert[], now: Date): Alert[] {
  return alerts
    .filter((alert) => alertStatus(alert, now) === 'upcoming')
    .sort((a, b) => Date.parse(a.validFrom) - Date.parse(b.validFrom))
}

/** Alerts that are over, the most recently ended first. */
export function endedAlerts(alerts: readonly Alert[], now: Date): Alert[] {
  return alerts
    .filter((alert) => alertStatus(alert, now) === 'ended')
    .sort((a, b) => Date.parse(b.validUntil ?? b.validFrom) - Date.parse(a.validUntil ?? a.validFrom))
}

/**
 * Whether an alert concerns an area: it names the area, or it names none (then it concerns the whole gmina,
 * so every area).
 */
export function concernsArea(alert: Pick<Alert, 'areas'>, areaId: string | number): boolean {
  return alert.areas.length === 0 || alert.areas.some((area) => String(area.id) === String(areaId))
}

/**
 * The next moment the set of active alerts changes after `now`: an active alert ends or an announced one
 * starts. The publishing pipeline rebuilds the site then. Null when nothing is due to change.
 */
export function nextChange(
  alerts: readonly Pick<Alert, 'validFrom' | 'validUntil'>[],
  now: Date,
): Date | null {
  let next: number | null = null
  for (const alert of alerts) {
    const status = alertStatus(alert, now)
    const moment =
      status === 'upcoming'
        ? Date.parse(alert.validFrom)
        : status === 'active' && alert.validUntil !== null
          ? Date.parse(alert.validUntil)
          : null
    if (moment !== null && (next === null || moment < next)) next = moment
  }
  return next === null ? null : new Date(next)
}
