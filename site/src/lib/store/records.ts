import type {
  AccessibilityStatement,
  Alert,
  Area,
  Article,
  BipCategory,
  BipChange,
  BipDocument,
  BipSettings,
  Category,
  Document,
  Event,
  NewsletterIssue,
  Periodical,
  PublicReport,
  ReportCategory,
  SiteSettings,
  SubscriptionGroup,
} from '@ratusz/contract'
import { getCollection, getEntry } from 'astro:content'
import { noteStoreRead } from '../build/reads'
import { storeOverride } from './override'

/**
 * The one seam through which the site reads its data: the records the loaders keep in the content store
 * (content.config.ts), typed with the contract. No other module of the site imports `astro:content` or asks the
 * CMS for records (seam.test.ts enforces it), so what the pages show comes from here alone.
 */

/** The record type of each collection of the content store. */
export type StoreCollections = {
  articles: Article
  categories: Category
  areas: Area
  alerts: Alert
  events: Event
  periodicals: Periodical
  newsletterIssues: NewsletterIssue
  bipCategories: BipCategory
  bipDocuments: BipDocument
  bipChanges: BipChange
  bipFiles: Document
  subscriptionGroups: SubscriptionGroup
  reportCategories: ReportCategory
  publicReports: PublicReport
}

/** The record type of each CMS global in the content store. */
export type StoreGlobals = {
  settings: SiteSettings
  accessibilityStatement: AccessibilityStatement
  bipSettings: BipSettings
}

/** The CMS slug of each global: the id of its one entry. */
const globalSlugs: { [K in keyof StoreGlobals]: string } = {
  settings: 'site-settings',
  accessibilityStatement: 'accessibility-statement',
  bipSettings: 'bip-settings',
}

/** Every record of a collection, in the store's order. */
export async function loadRecords<K extends keyof StoreCollections>(
  collection: K,
): Promise<StoreCollections[K][]> {
  noteStoreRead(collection)
  const override = storeOverride()
  if (override)
    return (override.collections.get(collection) ?? []).map((entry) => entry.data as StoreCollections[K])
  return (await getCollection(collection)).map((entry) => entry.data as StoreCollections[K])
}

/** A CMS global; the build cannot go on without it. */
export async function loadGlobal<K extends keyof StoreGlobals>(global: K): Promise<StoreGlobals[K]> {
  noteStoreRead(global)
  const override = storeOverride()
  const entry = override
    ? override.collections.get(global)?.find((candidate) => candidate.id === globalSlugs[global])
    : await getEntry(global, globalSlugs[global])
  if (!entry) throw new Error(`The CMS global "${globalSlugs[global]}" is missing from the content store.`)
  return entry.data as StoreGlobals[K]
}
