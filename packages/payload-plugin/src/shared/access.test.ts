import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import {
  adminOnlyField,
  adminOrSelf,
  canUsePanel,
  draftsReadEditorWrite,
  isAdmin,
  isEditor,
  isSignedIn,
  publishedOrSignedIn,
} from './access'

const as = (user: null | { id: number; roles: string[] }) => ({ req: { user } as unknown as PayloadRequest })
const anonymous = as(null)
const editor = as({ id: 2, roles: ['editor'] })
const admin = as({ id: 1, roles: ['admin'] })
const noRoles = as({ id: 3, roles: [] })

describe('access', () => {
  it('isSignedIn', () => {
    expect([isSignedIn(anonymous), isSignedIn(editor), isSignedIn(admin)]).toEqual([false, true, true])
  })

  it('isAdmin', () => {
    expect([isAdmin(anonymous), isAdmin(editor), isAdmin(admin)]).toEqual([false, false, true])
  })

  it('isEditor: editors and administrators write content', () => {
    expect([isEditor(anonymous), isEditor(noRoles), isEditor(editor), isEditor(admin)]).toEqual([
      false,
      false,
      true,
      true,
    ])
  })

  it('canUsePanel: only users with a panel role open the admin', () => {
    expect([canUsePanel(anonymous), canUsePanel(noRoles), canUsePanel(editor), canUsePanel(admin)]).toEqual([
      false,
      false,
      true,
      true,
    ])
  })

  it('publishedOrSignedIn: anonymous readers get published documents only', () => {
    expect(publishedOrSignedIn(anonymous)).toEqual({ _status: { equals: 'published' } })
    expect(publishedOrSignedIn(editor)).toBe(true)
    expect(publishedOrSignedIn(admin)).toBe(true)
  })

  it('readVersions of drafted collections needs a signed-in user', () => {
    const readVersions = draftsReadEditorWrite.readVersions as (args: unknown) => unknown
    expect(readVersions(anonymous)).toBe(false)
    expect(readVersions(editor)).toBe(true)
  })

  it('adminOrSelf: admins see everyone, others only themselves', () => {
    expect(adminOrSelf(anonymous)).toBe(false)
    expect(adminOrSelf(editor)).toEqual({ id: { equals: 2 } })
    expect(adminOrSelf(admin)).toBe(true)
  })

  it('adminOnlyField', () => {
    expect(adminOnlyField(anonymous as never)).toBe(false)
    expect(adminOnlyField(editor as never)).toBe(false)
    expect(adminOnlyField(admin as never)).toBe(true)
  })
})
