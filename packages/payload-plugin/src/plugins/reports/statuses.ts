import { reportStatuses, type ReportStatusValue } from '@ratusz/contract'
import { REPORT_STATUS_NAMES } from '@ratusz/resident-forms'

/** The states of a report, in the order it usually goes through them (the contract's list: the site shows them). */
export const REPORT_STATUSES = reportStatuses
export type ReportStatus = ReportStatusValue

/** The Polish names residents see (the site's list shows the same). */
export const STATUS_NAMES: Record<ReportStatus, string> = REPORT_STATUS_NAMES

/** States that close a report (its closing time is set; it no longer goes overdue). */
export const CLOSED_STATUSES: readonly ReportStatus[] = ['forwarded', 'resolved', 'rejected']

export const isClosed = (status: unknown): boolean => CLOSED_STATUSES.includes(status as ReportStatus)

/** The kinds of a report's messages: a clerk's internal note, a reply the resident gets, the resident's answer, a change of state. */
export const MESSAGE_KINDS = ['note', 'reply', 'answer', 'status'] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]
