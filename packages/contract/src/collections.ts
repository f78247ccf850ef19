import { alert } from './alert'
import { area } from './area'
import { bipCategory } from './bip-category'
import { bipChange } from './bip-change'
import { bipDocument } from './bip-document'
import { article } from './article'
import { category } from './category'
import { event } from './event'
import { document } from './document'
import { media } from './media'
import { newsletterIssue } from './newsletter-issue'
import { periodical } from './periodical'
import { publicReport, reportCategory } from './report'
import { subscriptionGroup } from './subscription-group'

/** The public REST collections the site reads, by Payload slug, with the shape each record must have. */
export const collections = {
  articles: article,
  events: event,
  categories: category,
  areas: area,
  media,
  documents: document,
  periodicals: periodical,
  'newsletter-issues': newsletterIssue,
  alerts: alert,
  'bip-categories': bipCategory,
  'bip-documents': bipDocument,
  'bip-changes': bipChange,
  'bip-files': document,
  'subscription-groups': subscriptionGroup,
  'report-categories': reportCategory,
  reports: publicReport,
} as const

export type CollectionSlug = keyof typeof collections
