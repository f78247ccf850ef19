import { describe, expect, it } from 'vitest'
import { redact } from './redact'

describe('redact', () => {
  it('takes addresses and phone numbers out of a provider’s error', () => {
    expect(redact('550 5.1.1 <jan.kowalski@example.pl>: Recipient address rejected')).toBe(
      '550 5.1.1 <[adres]>: Recipient address rejected',
    )
    expect(redact('Invalid number +48 600 123 456')).toBe('Invalid number [numer]')
  })
})
