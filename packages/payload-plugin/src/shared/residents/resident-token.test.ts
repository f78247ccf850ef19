import { describe, expect, it } from 'vitest'
import {
  makeShortToken,
  makeToken,
  newNonce,
  readShownAt,
  shortTokenId,
  shortTokenMatches,
  signShownAt,
  tokenId,
  tokenMatches,
} from './resident-token'

const secret = 'x'.repeat(40)

describe('resident tokens', () => {
  it('match only their purpose, record and nonce', () => {
    const nonce = newNonce()
    const token = makeToken(secret, 'manage', 12, nonce)
    expect(tokenId(token)).toBe('12')
    expect(tokenMatches(secret, 'manage', token, 12, nonce)).toBe(true)
    expect(tokenMatches(secret, 'confirm', token, 12, nonce)).toBe(false)
    expect(tokenMatches(secret, 'manage', token, 13, nonce)).toBe(false)
    expect(tokenMatches(secret, 'manage', token, 12, newNonce())).toBe(false)
    expect(tokenMatches('y'.repeat(40), 'manage', token, 12, nonce)).toBe(false)
    expect(tokenMatches(secret, 'manage', token, 12, null)).toBe(false)
  })

  it('refuse what is not shaped like a token', () => {
    expect(tokenId('12')).toBeNull()
    expect(tokenId("1' or 1=1.abc")).toBeNull()
    expect(tokenId(null)).toBeNull()
  })

  it('sign the time a form was shown so that it cannot be forged', () => {
    const stamp = signShownAt(secret, 1_796_000_000_000)
    expect(readShownAt(secret, stamp)).toBe(1_796_000_000_000)
    expect(readShownAt(secret, stamp.replace(/^\d/, '2'))).toBeNull()
    expect(readShownAt(secret, '1796000000000')).toBeNull()
  })

  it('make short tokens for SMS that match only their purpose, record and nonce', () => {
    const nonce = newNonce()
    const token = makeShortToken(secret, 'manage', 12, nonce)
    expect(token).toMatch(/^12\.[\w-]{22}$/)
    expect(makeToken(secret, 'manage', 12, nonce).startsWith(token)).toBe(true)
    expect(shortTokenId(token)).toBe('12')
    expect(shortTokenMatches(secret, 'manage', token, 12, nonce)).toBe(true)
    expect(shortTokenMatches(secret, 'confirm', token, 12, nonce)).toBe(false)
    expect(shortTokenMatches(secret, 'manage', token, 12, newNonce())).toBe(false)
    expect(shortTokenId(makeToken(secret, 'manage', 12, nonce))).toBeNull()
  })
})
