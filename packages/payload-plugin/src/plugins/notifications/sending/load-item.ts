import { COLLECTION_SLUGS } from '../../../shared/slugs'
import { readRecently } from '../../../shared/read-recently'

/** A news article or an event as its notification tells it. */
export type ItemForMessage = {
  kind: 'article' | 'event'
  title: string
  lead: string
  slug?: string | null
  areaNames: string[]
  /** Events only: when and where, and a note on a cancellation or a postponement. */
  start?: string | null
  end?: string | null
  allDay?: boolean
  place?: string | null
  status?: string | null
  statusNote?: string | null
}

export const ITEM_COLLECTIONS = {
  article: COLLECTION_SLUGS.articles,
  event: COLLECTION_SLUGS.events,
} as const

const nameOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'name' in value ? String((value as { name: unknown }).name) : null

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/**
 * An article's or an event's published version as messages tell it (areas by name), or null when it is gone;
 * read again after five seconds, so a fan-out reads it once in a while rather than once per recipient. The key
 * is `article:7:<stamp>` (the message's stamp: a correction sent a second later is read afresh).
 */
export const loadItem = readRecently(5_000, async (payload, key): Promise<ItemForMessage | null> => {
  const [kind, id] = key.split(':') as ['article' | 'event', string]
  const collection = ITEM_COLLECTIONS[kind]
  if (!collection || !id) return null
  const doc = (await payload
    .findByID({ collection, id, depth: 1, draft: false, overrideAccess: true })
    .catch(() => null)) as Record<string, unknown> | null
  if (!doc || (doc._status && doc._status !== 'published')) return null
  const place = (doc.place ?? {}) as Record<string, unknown>
  return {
    kind,
    title: text(doc.title),
    lead: text(doc.lead),
    slug: (doc.slug as string | null) ?? null,
    areaNames: ((doc.areas as unknown[] | undefined) ?? [])
      .map(nameOf)
      .filter((name): name is string => !!name),
    ...(kind === 'event'
      ? {
          start: (doc.start as string | null) ?? null,
          end: (doc.end as string | null) ?? null,
          allDay: Boolean(doc.allDay),
          place: [text(place.name), text(place.address)].filter(Boolean).join(', ') || null,
          status: (doc.status as string | null) ?? 'planned',
          statusNote: text(doc.statusNote) || null,
        }
      : {}),
  }
})

/** The address of an item's page on the site (its list when it has no slug). */
export const itemLink = (siteUrl: string, item: Pick<ItemForMessage, 'kind' | 'slug'>): string => {
  const section = item.kind === 'article' ? 'aktualnosci' : 'wydarzenia'
  return item.slug ? `${siteUrl}/${section}/${item.slug}/` : `${siteUrl}/${section}/`
}
