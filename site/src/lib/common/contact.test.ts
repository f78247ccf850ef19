import { describe, expect, it } from 'vitest'
import { phoneHref } from './contact'

describe('phoneHref', () => {
  it('keeps the digits and the leading plus of a number as typed', () => {
    expect(phoneHref('+48 41 123 45 67')).toBe('tel:+48411234567')
    expect(phoneHref('(41) 123-45-68 wew. 2')).toBe('tel:411234568' + '2')
  })
})
