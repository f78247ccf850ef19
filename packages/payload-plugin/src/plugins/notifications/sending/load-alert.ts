import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { readRecently } from '../../../shared/read-recently'
import type { AlertForMessage } from './alert-email'

const nameOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : null

/**
 * An alert's published version as messages tell it (its areas by name), or null when it is gone; read again
 * after five seconds, so a fan-out reads it once in a while rather than once per recipient. The key is the
 * alert's id and the message's stamp (`12:<stamp>`): a correction sent a second later is read afresh.
 */
export const loadAlert = readRecently(5_000, async (payload, key): Promise<AlertForMessage | null> => {
  const id = key.split(':')[0]!
  const alert = await payload
    .findByID({ collection: COLLECTION_SLUGS.alerts, id, depth: 1, draft: false, overrideAccess: true })
    .catch(() => null)
  if (!alert) return null
  return {
    title: String(alert.title),
    severity: String(alert.severity),
    shortText: String(alert.shortText ?? ''),
    slug: alert.slug as string | null,
    validFrom: alert.validFrom as string | null,
    validUntil: alert.validUntil as string | null,
    areaNames: ((alert.areas as unknown[] | undefined) ?? [])
      .map(nameOf)
      .filter((name): name is string => !!name),
  }
})

/** The address of an alert's page on the site (the list of alerts when it has no slug). */
export const alertLink = (siteUrl: string, alert: Pick<AlertForMessage, 'slug'>): string =>
  alert.slug ? `${siteUrl}/komunikaty/${alert.slug}/` : `${siteUrl}/komunikaty/`
