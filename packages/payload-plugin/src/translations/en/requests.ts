import type { requestsPl } from '../pl/requests'

/** English messages about malformed API requests; mirrors `pl/requests.ts`. */
export const requestsEn: typeof requestsPl = {
  notAnObject:
    'The request body must be a JSON object with fields, e.g. {"title": "…"}. Fix the request and send it again.',
  malformedJson: 'The request body is not valid JSON. Fix the request and send it again.',
}
