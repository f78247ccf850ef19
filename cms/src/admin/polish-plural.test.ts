import { describe, expect, it } from 'vitest'
import { polishPlural } from './polish-plural'

describe('polishPlural', () => {
  it('picks the Polish form by count, teens and tens included', () => {
    const forms = { one: 'znak', few: 'znaki', many: 'znaków' }
    expect([1, 2, 4, 5, 12, 14, 22, 25, 160].map((count) => polishPlural(count, forms))).toEqual([
      'znak',
      'znaki',
      'znaki',
      'znaków',
      'znaków',
      'znaków',
      'znaki',
      'znaków',
      'znaków',
    ])
  })
})
