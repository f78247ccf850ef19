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
import installed from 'virtual:ratusz/installed-sections'

/**
 * Every collection the site reads, straight from the CMS REST API, validated against the contract; those the CMS
 * does not have (their section is switched off) stay empty.
 */
export const collections = {
  articles: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'articles',
      installed: installed.collections.includes('articles'),
      schema: article,
      query: { sort: '-publishedAt' },
    }),
  }),
  categories: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'categories',
      installed: installed.collections.includes('categories'),
      schema: category,
      query: { sort: 'name' },
    }),
  }),
  areas: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'areas',
      installed: installed.collections.includes('areas'),
      schema: area,
      query: { sort: 'name' },
    }),
  }),
  alerts: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'alerts',
      installed: installed.collections.includes('alerts'),
      schema: alert,
      query: { sort: '-validFrom' },
    }),
  }),
  events: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'events',
      installed: installed.collections.includes('events'),
      schema: event,
      query: { sort: 'start' },
    }),
  }),
  periodicals: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'periodicals',
      installed: installed.collections.includes('periodicals'),
      schema: periodical,
      query: { sort: 'title' },
    }),
  }),
  newsletterIssues: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'newsletter-issues',
      installed: installed.collections.includes('newsletter-issues'),
      schema: newsletterIssue,
      query: { sort: '-publishedOn' },
    }),
  }),
  settings: defineCollection({
    loader: cmsGlobalLoader({
      global: 'site-settings',
      installed: installed.globals.includes('site-settings'),
      schema: siteSettings,
    }),
  }),
  accessibilityStatement: defineCollection({
    loader: cmsGlobalLoader({
      global: 'accessibility-statement',
      installed: installed.globals.includes('accessibility-statement'),
      schema: accessibilityStatement,
    }),
  }),
  bipCategories: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'bip-categories',
      installed: installed.collections.includes('bip-categories'),
      schema: bipCategory,
      query: { depth: 0 },
    }),
  }),
  bipDocuments: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'bip-documents',
      installed: installed.collections.includes('bip-documents'),
      schema: bipDocument,
      query: { depth: 0 },
    }),
  }),
  bipChanges: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'bip-changes',
      installed: installed.collections.includes('bip-changes'),
      schema: bipChange,
      query: { depth: 0 },
    }),
  }),
  bipFiles: defineCollection({
    loader: cmsCollectionLoader({
      collection: 'bip-files',
      installed: installed.collections.includes('bip-files'),
      schema: document,
      query: { depth: 0 },
    }),
  }),
  bipSettings: defineCollection({
    loader: cmsGlobalLoader({
      global: 'bip-settings',
      installed: installed.globals.includes('bip-settings'),
      schema: bipSettings,
    }),
  }),
}
