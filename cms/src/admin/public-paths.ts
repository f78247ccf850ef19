/**
 * Where the public site shows a published record of each collection that has a page of its own (the site's URL
 * map: site/src/lib/<section>/urls.ts; the admin e2e test opens each link on the built site).
 */
const PATHS: Record<string, (doc: Record<string, unknown>) => string | undefined> = {
  articles: (doc) => (typeof doc.slug === 'string' ? `/aktualnosci/${doc.slug}/` : undefined),
  events: (doc) => (typeof doc.slug === 'string' ? `/wydarzenia/${doc.slug}/` : undefined),
  alerts: (doc) => (typeof doc.slug === 'string' ? `/komunikaty/${doc.slug}/` : undefined),
  'bip-documents': (doc) =>
    typeof doc.permanentId === 'string' ? `/bip/dokument/${doc.permanentId}/` : undefined,
}

/** The collections whose records have a page of their own on the site. */
export const COLLECTIONS_WITH_PAGES = Object.keys(PATHS)

/** The path of a record's page on the site, if its collection has pages and the record the field it needs. */
export const publicPath = (collection: string, doc: Record<string, unknown>): string | undefined =>
  PATHS[collection]?.(doc)
