/** Payload slugs the outside world relies on (REST paths, the site's loaders): keep them stable. */
export const COLLECTION_SLUGS = {
  users: 'users',
  media: 'media',
  documents: 'documents',
  areas: 'areas',
  categories: 'categories',
  articles: 'articles',
  events: 'events',
  alerts: 'alerts',
} as const

export const GLOBAL_SLUGS = {
  siteSettings: 'site-settings',
  accessibilityStatement: 'accessibility-statement',
} as const

export type RatuszCollectionSlug = (typeof COLLECTION_SLUGS)[keyof typeof COLLECTION_SLUGS]
export type RatuszGlobalSlug = (typeof GLOBAL_SLUGS)[keyof typeof GLOBAL_SLUGS]
