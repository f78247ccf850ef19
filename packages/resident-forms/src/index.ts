export { html, SafeHtml } from './html'
export * from './subscription-choices'
export { SUBSCRIPTION_FIELDS, SUBSCRIPTIONS_PATH } from './subscription-form-fields'
export {
  EMPTY_SUBSCRIPTION,
  checkSubscription,
  normalPolishPhone,
  readPushSubscription,
  readSubscriptionForm,
  type FormErrors,
  type SubscriptionValues,
} from './subscription-values'
export { errorSummaryHtml, subscribeFormHtml, subscriptionChoicesHtml } from './subscription-form'
export { SUBSCRIPTION_CONSENT_VERSION, subscriptionConsent, type Controller, type Retention } from './consent'
export { residentPageHtml, type PageGmina } from './resident-page'
export { RESIDENT_FORM_STYLES } from './resident-page-styles'
export {
  REPORT_FIELDS,
  REPORT_STATUS_NAMES,
  REPORTS_PATH,
  MAX_REPORT_PHOTOS,
  URGENT_NOTE,
} from './report-form-fields'
export {
  EMPTY_REPORT,
  POLAND_BOUNDS,
  REPORT_CHANNELS,
  REPORT_LIMITS,
  checkReport,
  readReportForm,
  type ReportChannel,
  type MapBounds,
  type ReportErrors,
  type ReportValues,
} from './report-values'
export { reportFormHtml, type ReportCategoryChoice, type ReportMap } from './report-form'
export { REPORT_CONSENT_VERSION, reportConsent, type ReportRetention } from './report-consent'
