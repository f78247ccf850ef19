import { dictionary } from '@zxcvbn-ts/language-common'

/** NIST SP 800-63B: at least this many characters for staff accounts, and no composition rules. */
export const MIN_PASSWORD_LENGTH = 12

/** The common-password list of zxcvbn-ts (about 50,000 passwords seen most often in breaches), lower-cased. */
const commonPasswords = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()))

type PasswordProblem = 'tooShort' | 'common'

/**
 * What is wrong with a new password, if anything: shorter than 12 characters (counted as the person sees
 * them, so "ł" is one), or on the list of common passwords (in any letter case). Any characters are allowed,
 * spaces included, and nothing else is asked for (no "one digit, one capital" rules).
 */
export const passwordProblem = (password: string): PasswordProblem | null => {
  if ([...password].length < MIN_PASSWORD_LENGTH) return 'tooShort'
  if (commonPasswords.has(password.toLowerCase())) return 'common'
  return null
}
