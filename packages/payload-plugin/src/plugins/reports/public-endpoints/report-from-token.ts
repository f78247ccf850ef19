import type { PayloadRequest } from 'payload'
import { clientAddress } from '../../../shared/client-address'
import { tokenId, tokenMatches, type TokenPurpose } from '../../../shared/residents/resident-token'
import { tokenThrottle } from '../../notifications/public-endpoints/public-throttle'
import { findReport, type StoredReport } from '../sending/stored-report'

/**
 * The report a token link names, when the token is genuine for this purpose (a confirmation: not expired, not
 * spent); `wait` seconds when the client has tried too many links (the same limit as subscriptions' links).
 */
export const reportFromToken = async (
  req: PayloadRequest,
  purpose: Extract<TokenPurpose, `report-${string}`>,
  token: string | null,
): Promise<{ report: StoredReport | null; wait?: number }> => {
  const wait = await tokenThrottle.take({ client: clientAddress(req.headers) })
  if (wait) return { report: null, wait }
  const id = tokenId(token)
  if (!id || !token) return { report: null }
  const report = await findReport(req.payload, id)
  if (!report || report.erasedAt) return { report: null }
  const nonce = purpose === 'report-status' ? report.statusNonce : report.confirmNonce
  if (!tokenMatches(req.payload.secret, purpose, token, report.id, nonce)) return { report: null }
  if (purpose !== 'report-status' && report.pendingUntil && new Date(report.pendingUntil) < new Date())
    return { report: null }
  return { report }
}
