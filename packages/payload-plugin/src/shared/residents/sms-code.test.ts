import { describe, expect, it } from 'vitest'
import { newNonce } from './resident-token'
import { smsCode, smsCodeMatches } from './sms-code'

const secret = 'x'.repeat(40)

describe('SMS confirmation codes', () => {
  it('are six digits, bound to the subscription and its nonce', () => {
    const nonce = newNonce()
    const code = smsCode(secret, 7, nonce)
    expect(code).toMatch(/^\d{6}$/)
    expect(smsCodeMatches(secret, 7, nonce, code)).toBe(true)
    expect(smsCodeMatches(secret, 7, nonce, `${code.slice(0, 3)} ${code.slice(3)}`)).toBe(true)
    expect(smsCodeMatches(secret, 8, nonce, code)).toBe(false)
    expect(smsCodeMatches(secret, 7, null, code)).toBe(false)
    expect(smsCodeMatches(secret, 7, nonce, '')).toBe(false)
  })
})
