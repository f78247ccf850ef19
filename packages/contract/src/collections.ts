import { area } from './area'
import { article } from './article'
import { category } from './category'
import { document } from './document'
import { media } from './media'

/** The public REST collections the site reads, by Payload slug, with the shape each record must have. */
export const collections = {
  articles: article,
  categories: category,
  areas: area,
  media,
  documents: document,
} as const

export type CollectionSlug = keyof typeof collections
