import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { accessibilityStatementGlobal } from './config'
import { reviewWarning } from './hooks/review-warning'

const names = (fields: Field[]): string[] =>
  fields.flatMap((field) => ('name' in field ? [field.name] : 'fields' in field ? names(field.fields) : []))

describe('accessibility-statement global', () => {
  it('holds every element of template 2.0 and a virtual, admin-only review warning', () => {
    const global = accessibilityStatementGlobal()
    expect(global.slug).toBe('accessibility-statement')
    expect(names(global.fields)).toEqual([
      'reviewWarning',
      'entityName',
      'publishedOn',
      'updatedOn',
      'status',
      'unavailableContent',
      'preparedOn',
      'reviewedOn',
      'preparationMethod',
      'assessor',
      'assessmentUrl',
      'contact',
      'procedure',
      'architecturalAccessibility',
      'communicationAccessibility',
      'mobileApps',
      'notes',
    ])
    const warning = global.fields[0] as Field & {
      virtual?: boolean
      access?: { read?: (a: unknown) => boolean }
    }
    expect(warning.virtual).toBe(true)
    expect(warning.access?.read?.({ req: { user: null } })).toBe(false)
  })

  it('is read by anyone and updated by editors and admins only', () => {
    const access = accessibilityStatementGlobal().access as Record<string, (args: unknown) => unknown>
    expect(access.read?.({ req: { user: null } })).toBe(true)
    expect(access.update?.({ req: { user: null } })).toBe(false)
    expect(access.update?.({ req: { user: { id: 1, roles: ['bip-editor'] } } })).toBe(false)
    expect(access.update?.({ req: { user: { id: 1, roles: ['editor'] } } })).toBe(true)
    expect(access.update?.({ req: { user: { id: 1, roles: ['admin'] } } })).toBe(true)
  })

  it('writes the warning in the editor’s language, or nothing when the statement is current', () => {
    const run = (data: Record<string, unknown>, language = 'pl') =>
      reviewWarning({ data, req: { i18n: { language } } } as never)
    expect(run({ updatedOn: '2001-02-10T10:00:00.000Z' })).toMatch(
      /^Deklaracja jest nieaktualna: należało ją przejrzeć do 31 marca \d{4}, a ostatnia aktualizacja lub przegląd to 10\.02\.2001\./,
    )
    expect(run({}, 'en')).toMatch(/no date/)
    expect(run({ updatedOn: '2001-02-10T10:00:00.000Z', reviewedOn: new Date().toISOString() })).toBeNull()
  })
})
