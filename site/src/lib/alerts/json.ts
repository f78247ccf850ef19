import type { Alert, AlertKind, AlertSeverity } from '@ratusz/contract'
import { absoluteUrl } from '../common/urls'
import { KIND_LABELS, SEVERITY_LABELS } from './labels'
import { activeAlerts, nextChange } from './status'
import { alertUrls } from './urls'

/** One alert in `/komunikaty/aktywne.json`; documented in docs/alerts-json.md. */
type AlertJson = {
  id: string
  kind: AlertKind
  kindLabel: string
  severity: AlertSeverity
  severityLabel: string
  title: string
  shortText: string
  wholeGmina: boolean
  areas: { slug: string; name: string }[]
  validFrom: string
  validUntil: string | null
  source: string | null
  url: string
}

/** The whole of `/komunikaty/aktywne.json`. */
type ActiveAlertsJson = {
  version: 1
  generatedAt: string
  staleAt: string | null
  alerts: AlertJson[]
}

function alertJson(alert: Alert, site: URL | string): AlertJson {
  return {
    id: String(alert.id),
    kind: alert.kind,
    kindLabel: KIND_LABELS[alert.kind],
    severity: alert.severity,
    severityLabel: SEVERITY_LABELS[alert.severity],
    title: alert.title,
    shortText: alert.shortText,
    wholeGmina: alert.areas.length === 0,
    areas: alert.areas.map(({ slug, name }) => ({ slug, name })),
    validFrom: alert.validFrom,
    validUntil: alert.validUntil,
    source: alert.source,
    url: absoluteUrl(alertUrls.alert(alert.slug), site),
  }
}

/** The alerts active at `now`, highest severity first, and when that list next changes. */
export function activeAlertsJson(alerts: readonly Alert[], now: Date, site: URL | string): ActiveAlertsJson {
  return {
    version: 1,
    generatedAt: now.toISOString(),
    staleAt: nextChange(alerts, now)?.toISOString() ?? null,
    alerts: activeAlerts(alerts, now).map((alert) => alertJson(alert, site)),
  }
}

/** A JSON file of the static output. */
export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  })
}
