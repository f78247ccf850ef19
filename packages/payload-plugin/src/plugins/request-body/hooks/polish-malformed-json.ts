import type { AfterErrorHook } from 'payload'
import { message } from '../../../shared/i18n'

/** Payload's own error for a JSON body it cannot parse (English, from `addDataAndFileToRequest`). */
const PAYLOAD_INVALID_JSON = 'Invalid JSON'

/**
 * A body that is not valid JSON (also a multipart `_payload`, whose parse error Payload lets through as a 500)
 * answers 400 with a Polish message.
 */
export const polishMalformedJson: AfterErrorHook = ({ error, req }) => {
  const malformed =
    error instanceof SyntaxError ||
    (error.message === PAYLOAD_INVALID_JSON && (error as { status?: number }).status === 400)
  if (!malformed) return
  return { response: { errors: [{ message: message(req, (t) => t.requests.malformedJson) }] }, status: 400 }
}
