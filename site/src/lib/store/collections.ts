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
  publicReport,
  reportCategory,
  siteSettings,
  subscriptionGroup,
} from '@ratusz/contract'
import type { z } from 'zod'

/** A collection of the store read from a CMS collection: its REST slug, contract and REST parameters. */
export type CmsCollectionSource = {
  kind: 'collection'
  collection: string
  schema: z.ZodType
  query: Record<string, string | number>
}

/** A collection of the store holding one CMS global (its one entry's id is the global's slug). */
export type CmsGlobalSource = { kind: 'global'; global: string; schema: z.ZodType }

const fromCms = (
  collection: string,
  schema: z.ZodType,
  query: Record<string, string | number>,
): CmsCollectionSource => ({ kind: 'collection', collection, schema, query })

const globalFromCms = (global: string, schema: z.ZodType): CmsGlobalSource => ({
  kind: 'global',
  global,
  schema,
})

/**
 * Where each collection of the store comes from. content.config.ts makes one Astro loader of each; a warm
 * publisher (packages/publisher/src/warm) runs the very same loaders over these to feed the store's override
 * (see override.ts), so both ways give the same entries in the same order. Plain data: no Astro import.
 */
export const storeSources = {
  articles: fromCms('articles', article, { sort: '-publishedAt' }),
  categories: fromCms('categories', category, { sort: 'name' }),
  areas: fromCms('areas', area, { sort: 'name' }),
  alerts: fromCms('alerts', alert, { sort: '-validFrom' }),
  events: fromCms('events', event, { sort: 'start' }),
  periodicals: fromCms('periodicals', periodical, { sort: 'title' }),
  newsletterIssues: fromCms('newsletter-issues', newsletterIssue, { sort: '-publishedOn' }),
  settings: globalFromCms('site-settings', siteSettings),
  accessibilityStatement: globalFromCms('accessibility-statement', accessibilityStatement),
  bipCategories: fromCms('bip-categories', bipCategory, { depth: 0 }),
  bipDocuments: fromCms('bip-documents', bipDocument, { depth: 0 }),
  bipChanges: fromCms('bip-changes', bipChange, { depth: 0 }),
  bipFiles: fromCms('bip-files', document, { depth: 0 }),
  bipSettings: globalFromCms('bip-settings', bipSettings),
  subscriptionGroups: fromCms('subscription-groups', subscriptionGroup, { sort: 'name', depth: 0 }),
  reportCategories: fromCms('report-categories', reportCategory, { sort: 'name', depth: 0 }),
  // Anonymous readers get only the reports the office marked public, only their public fields.
  publicReports: fromCms('reports', publicReport, { sort: '-confirmedAt', depth: 0 }),
} as const satisfies Record<string, CmsCollectionSource | CmsGlobalSource>
