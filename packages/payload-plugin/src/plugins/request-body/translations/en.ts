import type { requestBodyPl } from './pl'

/** English admin texts of the request-body plugin; the same keys as `pl.ts`. */
export const requestBodyEn: typeof requestBodyPl = {
  requests: {
    notAnObject:
      'The request body must be a JSON object with fields, e.g. {"title": "…"}. Fix the request and send it again.',
    malformedJson: 'The request body is not valid JSON. Fix the request and send it again.',
  },
}
