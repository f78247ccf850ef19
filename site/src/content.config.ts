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
  publicReport,
  reportCategory,
  siteSettings,
  subscriptionGroup,
} from '@ratusz/contract'
import installed from 'virtual:ratusz/installed-sections'
import type { z } from 'zod'

/** A collection read from the CMS, validated against the contract; empty when the CMS does not have it. */
const fromCms = <S extends z.ZodType>(
  collection: string,
  schema: S,
  query: Record<string, string | number>,
) =>
  defineCollection({
    loader: cmsCollectionLoader({
      collection,
      schema,
      query,
      installed: installed.collections.includes(collection),
    }),
  })

/** A CMS global (one entry, its slug), validated against the contract; empty when the CMS does not have it. */
const globalFromCms = <S extends z.ZodType>(global: string, schema: S) =>
  defineCollection({
    loader: cmsGlobalLoader({ global, schema, installed: installed.globals.includes(global) }),
  })

/**
 * Every collection the site reads, straight from the CMS REST API, validated against the contract; those the CMS
 * does not have (their section is switched off) stay empty.
 */
export const collections = {
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
}
