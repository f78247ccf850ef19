import type { Config, Field } from 'payload'
import { COLLECTIONS_WITH_PAGES } from './public-paths'

/** The sidebar field that says whether the site shows a document yet, and links to its page (ViewOnSite.tsx). */
const viewOnSiteField: Field = {
  name: 'viewOnSite',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/admin/ViewOnSite#ViewOnSite' } },
}

/** Adds "Zobacz na stronie" to every collection whose records have a page of their own on the site. */
export const viewOnSite = (config: Config): Config => ({
  ...config,
  collections: config.collections?.map((collection) =>
    COLLECTIONS_WITH_PAGES.includes(collection.slug)
      ? { ...collection, fields: [viewOnSiteField, ...collection.fields] }
      : collection,
  ),
})
