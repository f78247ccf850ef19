import { describe, expect, it } from 'vitest'
import { eServiceLinks, phoneHref } from './contact'

describe('phoneHref', () => {
  it('keeps the digits and the leading plus of a number as typed', () => {
    expect(phoneHref('+48 41 123 45 67')).toBe('tel:+48411234567')
    expect(phoneHref('(41) 123-45-68 wew. 2')).toBe('tel:411234568' + '2')
  })
})

describe('eServiceLinks', () => {
  it('lists the e-services the gmina has addresses for, in order', () => {
    expect(eServiceLinks({ eboi: 'https://eboi.example/', epuap: null }).map((link) => link.href)).toEqual([
      'https://eboi.example/',
    ])
    expect(eServiceLinks({}).length).toBe(0)
  })
})
