import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { validateOptionalUrl, validatePostalCode, validateRequiredLink } from '../../../shared/validators'
import { siteSettingsGlobal } from './config'

const shape = (fields: Field[]): unknown[] =>
  fields.map((field) =>
    'fields' in field && 'name' in field
      ? { [field.name]: shape(field.fields) }
      : 'name' in field
        ? field.name
        : '',
  )

const req = { req: { i18n: { language: 'pl' } } } as never

describe('site-settings', () => {
  it('has exactly the fields of the contract', () => {
    const global = siteSettingsGlobal()
    expect(global.slug).toBe('site-settings')
    expect(shape(global.fields)).toEqual([
      'gminaName',
      'officeName',
      'coatOfArms',
      { address: ['street', 'postalCode', 'city', 'mapUrl'] },
      { contacts: ['phone', 'email', 'fax'] },
      { departments: ['name', 'phone', 'email'] },
      { officeHours: ['days', 'hours'] },
      { eServices: ['eboi', 'epuap'] },
      { social: ['label', 'url'] },
      { quickLinks: ['label', 'url'] },
      { review: ['articles', 'bipDocuments'] },
    ])
  })

  it('is read by anyone and updated by editors and admins', () => {
    const access = siteSettingsGlobal().access as Record<string, (args: unknown) => unknown>
    expect(access.read?.({ req: { user: null } })).toBe(true)
    expect(access.update?.({ req: { user: null } })).toBe(false)
    expect(access.update?.({ req: { user: { id: 1, roles: ['editor'] } } })).toBe(true)
  })

  it('validates postal codes and addresses', () => {
    expect(validatePostalCode('05-600', req)).toBe(true)
    expect(validatePostalCode('05600', req)).toBe('Wpisz kod pocztowy w formacie NN-NNN, np. 05-600.')
    expect(validatePostalCode('', req)).toBe('To pole jest wymagane.')
    expect(validateOptionalUrl('', req)).toBe(true)
    expect(validateOptionalUrl('https://epuap.gov.pl/wps/portal', req)).toBe(true)
    expect(validateOptionalUrl('epuap.gov.pl', req)).toMatch(/https:\/\//)
    expect(validateOptionalUrl('javascript:alert(1)', req)).toMatch(/https:\/\//)
  })

  it('takes quick links to a path on the site or to another site, nothing else', () => {
    expect(validateRequiredLink('/kontakt/', req)).toBe(true)
    expect(validateRequiredLink('https://eboi.lipowawola.example.pl/', req)).toBe(true)
    expect(validateRequiredLink('', req)).toBe('To pole jest wymagane.')
    expect(validateRequiredLink('//evil.example/', req)).toMatch(/niedozwolony adres/)
    expect(validateRequiredLink('javascript:alert(1)', req)).toMatch(/niedozwolony adres/)
  })
})
