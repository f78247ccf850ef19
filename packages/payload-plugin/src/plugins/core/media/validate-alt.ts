import type { Validate } from 'payload'
import { message } from '../../../shared/i18n'

/** Alternative text is required unless the image is marked decorative (WCAG 1.1.1). */
export const validateAlt: Validate<string, unknown, { decorative?: boolean | null }> = (
  value,
  { siblingData, req },
) => {
  if (siblingData?.decorative) return true
  return (typeof value === 'string' && value.trim().length > 0) || message(req, (t) => t.messages.altRequired)
}
