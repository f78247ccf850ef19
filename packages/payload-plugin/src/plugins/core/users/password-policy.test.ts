import { describe, expect, it } from 'vitest'
import { passwordProblem } from './password-policy'

describe('passwordProblem (NIST SP 800-63B)', () => {
  it('wants at least 12 characters, counted as people see them', () => {
    expect(passwordProblem('krotkie-123')).toBe('tooShort')
    expect(passwordProblem('żółć-gęśl-ą')).toBe('tooShort')
    expect(passwordProblem('żółta łódź ok')).toBe(null)
  })

  it('refuses common passwords in any letter case', () => {
    expect(passwordProblem('qwerty123456')).toBe('common')
    expect(passwordProblem('QWERTY123456')).toBe('common')
    expect(passwordProblem('1qaz2wsx3edc')).toBe('common')
  })

  it('asks for no composition: lower-case words and spaces are fine', () => {
    expect(passwordProblem('zielony rower nad wisłą')).toBe(null)
  })
})
