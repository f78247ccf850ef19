import { APIError, type PayloadRequest } from 'payload'
import { message } from '../../../../shared/i18n'

/**
 * HTTP 429 with a message the editor reads and `Retry-After` (seconds). Payload's error route merges
 * `req.responseHeaders` into the error response.
 */
export const tooManyAttempts = (req: PayloadRequest, seconds: number, kind: 'signIn' | 'reset'): APIError => {
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(seconds))
  req.responseHeaders = headers
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  return new APIError(
    message(req, (t) => t.users.throttled[kind], { minutes }),
    429,
    { retryAfterSeconds: seconds },
    true,
  )
}
