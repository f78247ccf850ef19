export { id, instant, relationId, slug } from './common'
export {
  DATE_YEARS,
  measureRichText,
  RICH_TEXT_MAX_DEPTH,
  RICH_TEXT_MAX_NODES,
  withinDateYears,
} from './limits'
export { richText, type RichText, type RichTextNode } from './rich-text'
export { media, type Media, type ImageFile } from './media'
export { document, type Document } from './document'
export { periodical, periodicalFrequencies, coverStyles, type Periodical } from './periodical'
export { newsletterIssue, issueKinds, issueProcessingStates, type NewsletterIssue } from './newsletter-issue'
export { category, type Category } from './category'
export { area, areaKinds, type Area } from './area'
export { subscriptionGroup, type SubscriptionGroup } from './subscription-group'
export {
  publicReport,
  reportCategory,
  reportStatuses,
  type PublicReport,
  type ReportCategory,
  type ReportStatusValue,
} from './report'
export { article, type Article } from './article'
export {
  event,
  eventStatuses,
  eventFrequencies,
  organiserKinds,
  eventWeekdays,
  type Event,
  type EventStatus,
} from './event'
export {
  alert,
  alertKinds,
  alertSeverities,
  ALERT_SHORT_TEXT_MAX,
  ALERT_BODY_MAX,
  ALARM_MAX_HOURS,
  type Alert,
  type AlertKind,
  type AlertSeverity,
} from './alert'
export { siteSettings, type SiteSettings } from './site-settings'
export {
  accessibilityStatement,
  accessibilityStatuses,
  unavailableReasons,
  preparationMethods,
  type AccessibilityStatement,
  type AccessibilityStatus,
} from './accessibility-statement'
export { bipCategory, bipMenus, type BipCategory } from './bip-category'
export {
  BIP_ACTOR_FALLBACK,
  bipActor,
  bipDocument,
  bipDocumentKinds,
  type BipDocument,
  type BipDocumentContent,
} from './bip-document'
export { bipChange, bipChangeActions, type BipChange } from './bip-change'
export { bipSettings, type BipSettings } from './bip-settings'
export { collections, type CollectionSlug } from './collections'
export { NEXT_CHANGE_FILE, nextChange, nextChangeOf, type NextChange } from './next-change'
export { skippedRecordSchema, type SkippedRecord } from './skipped-record'
export {
  SECTIONS,
  INSTALLED_SECTIONS_PATH,
  installedSections,
  type InstalledSections,
  type Section,
} from './sections'
