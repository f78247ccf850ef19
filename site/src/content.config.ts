import { defineCollection } from 'astro:content'
import { cmsCollectionLoader, cmsGlobalLoader } from '@ratusz/astro-loader'
import {
  accessibilityStatement,
  alert,
  area,
  article,
  bipCategory,
  bipChange,
  bipDocument,
  bipSettings,
  category,
  document,
  event,
  newsletterIssue,
  periodical,
  siteSettings,
} from '@ratusz/contract'

/** Every collection the site reads, straight from the CMS REST API, validated against the contract. */
export const collections = {
  articles: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'articles',
      schema: article,
      query: { sort: '-publishedAt' },
    }),
  }),
  categories: defineCollection({
    loader: cmsCollectionLoader({ collection: 'categories', schema: category, query: { sort: 'name' } }),
  }),
  areas: defineCollection({
    loader: cmsCollectionLoader({ collection: 'areas', schema: area, query: { sort: 'name' } }),
  }),
  alerts: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'alerts',
      schema: alert,
      query: { sort: '-validFrom' },
    }),
  }),
  events: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'events',
      schema: event,
      query: { sort: 'start' },
    }),
  }),
  periodicals: defineCollection({
    loader: cmsCollectionLoader({ collection: 'periodicals', schema: periodical, query: { sort: 'title' } }),
  }),
  newsletterIssues: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'newsletter-issues',
      schema: newsletterIssue,
      query: { sort: '-publishedOn' },
    }),
  }),
  settings: defineCollection({
    loader: cmsGlobalLoader({ global: 'site-settings', schema: siteSettings }),
  }),
  accessibilityStatement: defineCollection({
    loader: cmsGlobalLoader({ global: 'accessibility-statement', schema: accessibilityStatement }),
  }),
  bipCategories: defineCollection({
    loader: cmsCollectionLoader({ collection: 'bip-categories', schema: bipCategory, query: { depth: 0 } }),
  }),
  bipDocuments: defineCollection({
    loader: cmsCollectionLoader({ collection: 'bip-documents', schema: bipDocument, query: { depth: 0 } }),
  }),
  bipChanges: defineCollection({
    loader: cmsCollectionLoader({ collection: 'bip-changes', schema: bipChange, query: { depth: 0 } }),
  }),
  bipFiles: defineCollection({
    loader: cmsCollectionLoader({ collection: 'bip-files', schema: document, query: { depth: 0 } }),
  }),
  bipSettings: defineCollection({
    loader: cmsGlobalLoader({ global: 'bip-settings', schema: bipSettings }),
  }),
}
