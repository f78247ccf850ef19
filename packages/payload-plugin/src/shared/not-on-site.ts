import type { CollectionConfig } from 'payload'

/** The `custom` key that marks a collection whose records never reach the public site. */
export const NOT_ON_SITE = 'ratuszNotOnSite'

/** `custom` of a collection the site never shows (statistics): saving a record publishes nothing. */
export const notOnSite = { [NOT_ON_SITE]: true }

/** Whether a collection is marked as never reaching the public site. */
export const isNotOnSite = (collection: Pick<CollectionConfig, 'custom'>): boolean =>
  collection.custom?.[NOT_ON_SITE] === true
