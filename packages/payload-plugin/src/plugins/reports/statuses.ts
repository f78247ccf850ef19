/** The states of a report, in the order it usually goes through them. */
export const REPORT_STATUSES = [
  'new',
  'accepted',
  'in-progress',
  'forwarded',
  'resolved',
  'rejected',
] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

/** The Polish names residents and clerks see. */
export const STATUS_NAMES: Record<ReportStatus, string> = {
  new: 'Nowe',
  accepted: 'Przyjęte',
  'in-progress': 'W realizacji',
  forwarded: 'Przekazane innej instytucji',
  resolved: 'Załatwione',
  rejected: 'Odrzucone',
}

/** States that close a report (its closing time is set; it no longer goes overdue). */
export const CLOSED_STATUSES: readonly ReportStatus[] = ['forwarded', 'resolved', 'rejected']

export const isClosed = (status: unknown): boolean => CLOSED_STATUSES.includes(status as ReportStatus)

/** The kinds of a report's messages: a clerk's internal note, a reply the resident gets, the resident's answer, a change of state. */
export const MESSAGE_KINDS = ['note', 'reply', 'answer', 'status'] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]
