import crypto from 'node:crypto'

/** A new integrator's key: 32 random bytes, base64url (43 characters). */
export const newApiKey = (): string => crypto.randomBytes(32).toString('base64url')

/**
 * What is stored of a key: its SHA-256 (hex). A key is 256 random bits, so a fast hash is enough (nothing to
 * guess by trying words); a stolen database gives no usable key.
 */
export const hashApiKey = (key: string): string => crypto.createHash('sha256').update(key).digest('hex')

/** How a key is told apart in the admin without keeping it: its last four characters. */
export const keyEnding = (key: string): string => `…${key.slice(-4)}`
