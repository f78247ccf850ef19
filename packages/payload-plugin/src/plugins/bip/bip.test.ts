import { APIError, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'
import { bipChangesCollection } from './changes/config'
import { guardRegisterChange, guardRegisterDelete } from './changes/hooks/guard-register'
import { bipDocumentsCollection } from './documents/config'
import { PENDING_CHANGE, setSystemMetadata } from './documents/hooks/set-system-metadata'

type AccessFn = (args: { req: { user: unknown } }) => unknown
const as = (user: unknown) => ({ req: { user } })
const users = [
  null,
  { id: 1, roles: ['editor'] },
  { id: 2, roles: ['bip-editor'] },
  { id: 3, roles: ['admin'] },
]
const req = { user: { id: 2, name: 'Anna Kowalczyk', roles: ['bip-editor'] }, i18n: { language: 'pl' } }

const run = (data: Record<string, unknown>, originalDoc?: Record<string, unknown>) => {
  const context: Record<string, unknown> = {}
  const result = setSystemMetadata({ data, originalDoc, req, context } as never) as Record<string, unknown>
  return { result, pending: context[PENDING_CHANGE] as Record<string, unknown> | undefined }
}

describe('bip-documents', () => {
  it('only BIP editors and admins write; only admins may try to delete', () => {
    const access = bipDocumentsCollection({}).access as Record<string, AccessFn>
    expect(users.map((user) => access.create?.(as(user)))).toEqual([false, false, true, true])
    expect(users.map((user) => access.delete?.(as(user)))).toEqual([false, false, false, true])
    expect(access.read?.(as(null))).toEqual({ _status: { equals: 'published' } })
    expect(access.read?.(as(users[1]))).toEqual({ _status: { equals: 'published' } })
  })

  it('fills "wprowadził" and the publication time on first publication, ignoring what was sent', () => {
    const { result, pending } = run({ _status: 'published', enteredBy: 'Ktoś', publishedAt: '2000-01-01' })
    expect(result).toMatchObject({ enteredBy: 'Anna Kowalczyk', version: 1, changeNote: null })
    expect(Date.now() - Date.parse(result.publishedAt as string)).toBeLessThan(5_000)
    expect(pending).toMatchObject({ action: 'publikacja', note: 'Publikacja dokumentu', version: 1 })
  })

  it('requires a change note to publish a change, then bumps the version', () => {
    const original = {
      _status: 'published',
      publishedAt: '2026-01-01T10:00:00Z',
      enteredBy: 'Jan',
      version: 2,
    }
    expect(() => run({ _status: 'published', title: 'x' }, original)).toThrow(ValidationError)
    const { result, pending } = run({ _status: 'published', changeNote: 'Poprawka' }, original)
    expect(result).toMatchObject({ enteredBy: 'Jan', version: 3, modifiedBy: 'Anna Kowalczyk' })
    expect(pending).toMatchObject({ action: 'zmiana', note: 'Poprawka', version: 3 })
  })

  it('saving a draft writes nothing to the register', () => {
    const { pending } = run(
      { _status: 'draft', title: 'x' },
      { _status: 'published', publishedAt: '2026-01-01' },
    )
    expect(pending).toBeUndefined()
  })
})

describe('bip-changes', () => {
  it('refuses update and delete to every role and anonymous create', () => {
    const access = bipChangesCollection().access as Record<string, AccessFn>
    for (const operation of ['create', 'update', 'delete']) {
      expect(users.map((user) => access[operation]?.(as(user)))).toEqual([false, false, false, false])
    }
    expect(access.read?.(as(null))).toBe(true)
  })

  it('refuses the Local API unless the override is explicit', () => {
    const args = (context: Record<string, unknown>, operation = 'update') =>
      ({ data: { note: 'x' }, operation, req, context }) as never
    expect(() => guardRegisterChange(args({}))).toThrow(APIError)
    expect(() => guardRegisterChange(args({}, 'create'))).toThrow('Rejestru zmian BIP')
    expect(guardRegisterChange(args({ allowBipRegisterOverride: true }))).toEqual({ note: 'x' })
    expect(guardRegisterChange(args({ bipRegisterWrite: true }, 'create'))).toEqual({ note: 'x' })
    expect(() => guardRegisterDelete({ req, context: {} } as never)).toThrow(APIError)
    expect(() =>
      guardRegisterDelete({ req, context: { allowBipRegisterOverride: true } } as never),
    ).not.toThrow()
  })
})
