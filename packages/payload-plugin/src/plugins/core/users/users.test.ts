import type { CollectionConfig, PayloadRequest } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import { usersCollection } from './config'
import { extendUsers } from './extend-users'
import { rolesField } from './fields'
import { makeFirstUserAdmin } from './hooks/make-first-user-admin'

type AccessFn = (args: { req: { user: unknown } }) => unknown
const as = (user: unknown) => ({ req: { user } })
const editor = { id: 2, roles: ['editor'] }
const admin = { id: 1, roles: ['admin'] }

describe('users', () => {
  const access = usersCollection().access as Record<string, AccessFn>

  it('only administrators create and delete accounts', () => {
    for (const operation of ['create', 'delete']) {
      expect(access[operation]?.(as(null))).toBe(false)
      expect(access[operation]?.(as(editor))).toBe(false)
      expect(access[operation]?.(as(admin))).toBe(true)
    }
  })

  it('editors read and update only their own account', () => {
    expect(access.read?.(as(editor))).toEqual({ id: { equals: 2 } })
    expect(access.update?.(as(editor))).toEqual({ id: { equals: 2 } })
    expect(access.update?.(as(admin))).toBe(true)
    expect(access.read?.(as(null))).toBe(false)
  })

  it('admins and editors open the panel', () => {
    expect(access.admin?.(as(editor))).toBe(true)
    expect(access.admin?.(as({ id: 3, roles: [] }))).toBe(false)
  })

  it('only administrators set or change roles', () => {
    const update = rolesField.access?.update as AccessFn
    expect(update(as(editor))).toBe(false)
    expect(update(as(admin))).toBe(true)
    expect(rolesField).toMatchObject({
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
    })
  })

  it('makes the account of "create first user" an administrator, and no other', async () => {
    const hook = (totalDocs: number, roles: string[], pathname = '/api/users/first-register') =>
      makeFirstUserAdmin({
        data: { roles },
        operation: 'create',
        collection: { slug: 'users' },
        req: {
          pathname,
          payload: { count: vi.fn(async () => ({ totalDocs })) },
        } as unknown as PayloadRequest,
      } as never)
    expect(await hook(0, ['editor'])).toEqual({ roles: ['admin', 'editor'] })
    expect(await hook(3, ['editor'])).toEqual({ roles: ['editor'] })
    expect(await hook(0, ['editor'], '/api/users')).toEqual({ roles: ['editor'] })
  })

  it('throttles instead of locking, and marks the cookie Secure when asked', () => {
    const auth = usersCollection().auth as { maxLoginAttempts: number; cookies: object }
    expect(auth.maxLoginAttempts).toBe(0)
    expect(auth.cookies).toEqual({ sameSite: 'Lax', secure: false })
    const secure = usersCollection({ secureCookies: true }).auth as { cookies: object }
    expect(secure.cookies).toEqual({ sameSite: 'Lax', secure: true })
  })

  it("adds roles and name to a host's users collection, keeping the rest", () => {
    const host: CollectionConfig = {
      slug: 'users',
      auth: true,
      access: { read: () => true },
      fields: [{ name: 'phone', type: 'text' }],
    }
    const extended = extendUsers(host)
    expect(extended.fields.map((field) => ('name' in field ? field.name : ''))).toEqual([
      'phone',
      'name',
      'roles',
    ])
    expect(extended.access).toBe(host.access)
    expect(extendUsers(extended)).toBe(extended)
  })
})
