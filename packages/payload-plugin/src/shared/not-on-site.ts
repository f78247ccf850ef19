import type { CollectionConfig, GlobalConfig } from 'payload'

/** The `custom` key that marks a collection whose records never reach the public site. */
export const NOT_ON_SITE = 'ratuszNotOnSite'

/** `custom` of a collection or global the site never shows (statistics): saving it publishes nothing. */
export const notOnSite = { [NOT_ON_SITE]: true }

/** Whether a collection or global is marked as never reaching the public site. */
export const isNotOnSite = (collection: Pick<CollectionConfig | GlobalConfig, 'custom'>): boolean =>
  collection.custom?.[NOT_ON_SITE] === true
