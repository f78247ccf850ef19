import type { Validate } from 'payload'
import { message } from '../../../../shared/i18n'
import { validityProblem } from '../validity'

/**
 * The `validate` of `validUntil`: the end after the start; an alarm needs an end at most 72 hours ahead unless
 * the editor ticked the confirmation. Reads the sibling fields as the form or the API sends them.
 */
export const validateValidUntil: Validate<unknown> = (value, { siblingData, req }) => {
  const data = (siblingData ?? {}) as Record<string, unknown>
  const problem = validityProblem({ ...data, validUntil: value })
  return problem ? message(req, (t) => t.alerts.messages[problem]) : true
}
