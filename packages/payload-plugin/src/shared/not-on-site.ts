import type { CollectionConfig, GlobalConfig } from 'payload'

/** The `custom` key that marks a collection whose records never reach the public site. */
export const NOT_ON_SITE = 'ratuszNotOnSite'

/** `custom` of a collection or global the site never shows (statistics): saving it publishes nothing. */
export const notOnSite = { [NOT_ON_SITE]: true }

/** Whether a collection or global is marked as never reaching the public site. */
export const isNotOnSite = (collection: Pick<CollectionConfig | GlobalConfig, 'custom'>): boolean =>
  collection.custom?.[NOT_ON_SITE] === true

/** The `custom` key of a collection whose records reach the public site only under a condition (public reports). */
export const PUBLIC_WHEN = 'ratuszPublicWhen'

/** `custom` of a collection whose records are on the site only when `isPublic(record)`: other saves publish nothing. */
export const onSiteWhen = (isPublic: (doc: Record<string, unknown>) => boolean) => ({
  [PUBLIC_WHEN]: isPublic,
})

/** Whether a record of the collection can be on the public site (always, unless the collection names a condition). */
export const canBeOnSite = (collection: Pick<CollectionConfig, 'custom'>, doc: unknown): boolean => {
  const when = collection.custom?.[PUBLIC_WHEN] as ((doc: Record<string, unknown>) => boolean) | undefined
  return !when || Boolean(doc && when(doc as Record<string, unknown>))
}
