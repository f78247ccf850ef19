import { defineCollection } from 'astro:content'
import { cmsCollectionLoader, cmsGlobalLoader } from '@ratusz/astro-loader'
import { area, article, category, siteSettings } from '@ratusz/contract'

/** Every collection the site reads, straight from the CMS REST API, validated against the contract. */
export const collections = {
  articles: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'articles',
      schema: article,
      query: { sort: '-publishedAt' },
      dependsOn: ['media', 'documents', 'categories', 'areas'],
    }),
  }),
  categories: defineCollection({
    loader: cmsCollectionLoader({ collection: 'categories', schema: category, query: { sort: 'name' } }),
  }),
  areas: defineCollection({
    loader: cmsCollectionLoader({ collection: 'areas', schema: area, query: { sort: 'name' } }),
  }),
  settings: defineCollection({
    loader: cmsGlobalLoader({ global: 'site-settings', schema: siteSettings }),
  }),
}
