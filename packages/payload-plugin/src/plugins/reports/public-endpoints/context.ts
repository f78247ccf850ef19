import type { ResolvedRatuszOptions } from '../../../options'
import type { ReportsOptions } from '../options'

/** What the reports' public endpoints need: their own options, the site's address, whether SMS can be sent. */
export type ReportContext = ReportsOptions & { siteUrl: string; withSms: boolean }

export const reportContext = (resolved: ResolvedRatuszOptions): ReportContext => ({
  ...resolved.reports,
  siteUrl: resolved.notifications.siteUrl.replace(/\/$/, ''),
  withSms: Boolean(resolved.notifications.sms),
})
