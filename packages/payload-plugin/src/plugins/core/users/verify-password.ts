import crypto from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2 = promisify(crypto.pbkdf2)

/**
 * Payload's password hash scheme (payload/dist/auth/strategies/local/generatePasswordSaltHash.js, not
 * exported): PBKDF2-SHA256, 600,000 rounds and 32 bytes for hashes prefixed `pbkdf2-sha256-v1:`, 25,000 rounds
 * and 512 bytes for older ones.
 */
const CURRENT_PREFIX = 'pbkdf2-sha256-v1:'
const hashParameters = (hash: string) =>
  hash.startsWith(CURRENT_PREFIX)
    ? { hex: hash.slice(CURRENT_PREFIX.length), iterations: 600_000, keyLength: 32 }
    : { hex: hash, iterations: 25_000, keyLength: 512 }

/** Whether `password` matches a stored Payload hash and salt, compared in constant time. */
export const verifyPassword = async (password: string, stored: { hash?: unknown; salt?: unknown }) => {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const { hex, iterations, keyLength } = hashParameters(stored.hash)
  const expected = Buffer.from(hex, 'hex')
  const actual = await pbkdf2(password, stored.salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

const DUMMY = { salt: crypto.randomBytes(32).toString('hex'), hash: `${CURRENT_PREFIX}${'0'.repeat(64)}` }

/**
 * Spends the time of checking a password against a real account, for sign-ins to accounts that do not exist,
 * so that the answer's timing does not tell whether an e-mail address has an account.
 */
export const spendPasswordCheckTime = async (password: string): Promise<void> => {
  await verifyPassword(password, DUMMY)
}
