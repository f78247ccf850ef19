import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { verifyPassword } from './verify-password'

const hashed = (password: string, iterations: number, keyLength: number, prefix = '') => {
  const salt = crypto.randomBytes(32).toString('hex')
  const hash = crypto.pbkdf2Sync(password, salt, iterations, keyLength, 'sha256').toString('hex')
  return { salt, hash: `${prefix}${hash}` }
}

describe('verifyPassword', () => {
  it("checks Payload's current hashes", async () => {
    const stored = hashed('obecne-haslo-123', 600_000, 32, 'pbkdf2-sha256-v1:')
    expect(await verifyPassword('obecne-haslo-123', stored)).toBe(true)
    expect(await verifyPassword('inne-haslo-1234', stored)).toBe(false)
  })

  it("checks Payload's older hashes", async () => {
    const stored = hashed('stare-haslo-123', 25_000, 512)
    expect(await verifyPassword('stare-haslo-123', stored)).toBe(true)
    expect(await verifyPassword('stare-haslo-124', stored)).toBe(false)
  })

  it('refuses an account without a password', async () => {
    expect(await verifyPassword('cokolwiek-123', {})).toBe(false)
  })
})
