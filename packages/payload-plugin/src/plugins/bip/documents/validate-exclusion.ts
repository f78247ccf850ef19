import type { Validate } from 'payload'
import { message } from '../../../shared/i18n'

type Exclusion = { scope?: string | null; legalBasis?: string | null; decidedBy?: string | null } | null

const filled = (value: unknown): boolean => typeof value === 'string' && value.trim().length > 0

/** An exclusion notice is all or nothing: what was excluded, the legal basis and who decided (art. 8 ust. 5). */
export const validateExclusion: Validate = (input, { req }) => {
  const value = input as Exclusion | undefined
  const parts = [value?.scope, value?.legalBasis, value?.decidedBy].map(filled)
  if (parts.every(Boolean) || !parts.some(Boolean)) return true
  return message(req, (t) => t.bip.messages.exclusionIncomplete)
}
