import type { Payload, PayloadRequest } from 'payload'
import { REPORT_SLUGS } from '../slugs'
import type { ReportStatus } from '../statuses'

/** A report as the public endpoints and the send job read it (full access: nonces included). */
export type StoredReport = {
  id: string | number
  category: string | number | { id: string | number; name?: string } | null
  description?: string | null
  place?: string | null
  status: ReportStatus
  contactChannel?: 'email' | 'sms' | null
  contactEmail?: string | null
  contactPhone?: string | null
  confirmedAt?: string | null
  pendingUntil?: string | null
  confirmNonce?: string | null
  statusNonce?: string | null
  codeAttempts?: number | null
  justification?: string | null
  closedAt?: string | null
  erasedAt?: string | null
  createdAt?: string
}

/** One report by id with its secrets, or null. */
export const findReport = async (
  payload: Payload,
  id: string | number,
  req?: PayloadRequest,
): Promise<StoredReport | null> =>
  (await payload
    .findByID({
      collection: REPORT_SLUGS.reports as never,
      id,
      depth: 0,
      overrideAccess: true,
      ...(req ? { req } : {}),
    })
    .catch(() => null)) as StoredReport | null

/** The resident's address of a report: the e-mail or the phone, whichever they chose. */
export const contactOf = (report: StoredReport): string | null =>
  (report.contactChannel === 'sms' ? report.contactPhone : report.contactEmail) ?? null
