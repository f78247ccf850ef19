import { APIError, type PayloadRequest } from 'payload'
import { message } from '../../../shared/i18n'

const WRITES = ['POST', 'PATCH', 'PUT']

const isPlainObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Before a create or update: a REST body that parsed as JSON but is not an object (an array, a string, a
 * number, `null`) is refused with a 400 and a Polish message, instead of failing deep inside the operation.
 */
export const refuseNonObjectBody = <A>({ args, req }: { args?: A; req: PayloadRequest }): A | undefined => {
  if (!WRITES.includes(req.method?.toUpperCase() ?? '') || !('data' in req)) return args
  if (!isPlainObject(req.data)) {
    throw new APIError(
      message(req, (t) => t.requests.notAnObject),
      400,
      null,
      true,
    )
  }
  return args
}
