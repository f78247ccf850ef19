import { describe, expect, it } from 'vitest'
import {
  EMPTY_SUBSCRIPTION,
  checkSubscription,
  normalPolishPhone,
  readSubscriptionForm,
} from './subscription-values'

describe('the subscription form', () => {
  it('reads the posted fields, lists deduplicated', () => {
    const values = readSubscriptionForm(
      new URLSearchParams(
        'kanal=email&email=+Jan@Example.PL+&obszary=3&obszary=3&obszary=4&rodzaje=alerts&czestotliwosc=daily&zgoda=tak',
      ),
    )
    expect(values).toMatchObject({
      channel: 'email',
      email: 'Jan@Example.PL',
      areas: ['3', '4'],
      frequency: 'daily',
      consent: true,
    })
  })

  it('normalises the address: e-mail in lower case, phone as +48', () => {
    const checked = checkSubscription({ ...EMPTY_SUBSCRIPTION, email: 'Jan@Example.PL', consent: true })
    expect(checked).toMatchObject({ ok: true, address: 'jan@example.pl' })
    expect(normalPolishPhone('600 123 456')).toBe('+48600123456')
    expect(normalPolishPhone('+48 (600) 123-456')).toBe('+48600123456')
    expect(normalPolishPhone('22 123 45 67')).toBeNull()
  })

  it('names every problem at once, in Polish', () => {
    const checked = checkSubscription({ ...EMPTY_SUBSCRIPTION, email: 'nie-adres', topics: [] })
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors.email).toMatch(/poprawny adres e-mail/)
    expect(checked.errors.topics).toMatch(/co najmniej jedno/)
    expect(checked.errors.consent).toMatch(/zaznacz zgodę/)
  })
})
