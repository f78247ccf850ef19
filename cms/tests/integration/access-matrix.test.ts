import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

/**
 * The access rules of every collection and global of the real config, for every role, over REST. A collection
 * or global added to the config without a row here fails the test, so nobody adds one without deciding who may
 * do what with it.
 *
 * Who: `anyone`; `signedIn` (every role); `editors` (editor, admin); `bip` (bip-editor, admin); `admin`;
 * `nobody`. `own` (users): administrators all, others only their own account. `bipUnreleased`,
 * `adminUnreleased` (BIP files): only files no published document has carried. `public` (reads): anyone, but
 * anonymous readers and other roles only see the published or public subset.
 */
type Who =
  | 'anyone'
  | 'public'
  | 'signedIn'
  | 'editors'
  | 'bip'
  | 'admin'
  | 'own'
  | 'bipUnreleased'
  | 'adminUnreleased'
  | 'nobody'
type Row = { read: Who; create: Who; update: Who; delete: Who }

const COLLECTIONS: Record<string, Row> = {
  users: { read: 'own', create: 'admin', update: 'own', delete: 'admin' },
  media: { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  documents: { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  areas: { read: 'anyone', create: 'editors', update: 'editors', delete: 'editors' },
  categories: { read: 'anyone', create: 'editors', update: 'editors', delete: 'editors' },
  articles: { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  events: { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  alerts: { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  periodicals: { read: 'anyone', create: 'editors', update: 'editors', delete: 'editors' },
  'newsletter-issues': { read: 'public', create: 'editors', update: 'editors', delete: 'editors' },
  'bip-categories': { read: 'anyone', create: 'bip', update: 'bip', delete: 'bip' },
  'bip-files': { read: 'public', create: 'bip', update: 'bipUnreleased', delete: 'adminUnreleased' },
  'bip-documents': { read: 'public', create: 'bip', update: 'bip', delete: 'admin' },
  'bip-changes': { read: 'anyone', create: 'nobody', update: 'nobody', delete: 'nobody' },
  'site-publishes': { read: 'signedIn', create: 'nobody', update: 'nobody', delete: 'nobody' },
}

const GLOBALS: Record<string, Pick<Row, 'read' | 'update'>> = {
  'site-settings': { read: 'anyone', update: 'editors' },
  'accessibility-statement': { read: 'anyone', update: 'editors' },
  'bip-settings': { read: 'anyone', update: 'bip' },
}

const ROLES = ['anonymous', 'editor', 'bip-editor', 'admin'] as const
type Role = (typeof ROLES)[number]

const allows = (who: Who, role: Role): boolean | 'limited' => {
  switch (who) {
    case 'anyone':
      return true
    case 'public':
      return role === 'anonymous' ? 'limited' : true
    case 'signedIn':
      return role !== 'anonymous'
    case 'editors':
      return role === 'editor' || role === 'admin'
    case 'bip':
      return role === 'bip-editor' || role === 'admin'
    case 'admin':
      return role === 'admin'
    case 'own':
      return role === 'admin' ? true : role === 'anonymous' ? false : 'limited'
    case 'bipUnreleased':
      return role === 'bip-editor' || role === 'admin' ? 'limited' : false
    case 'adminUnreleased':
      return role === 'admin' ? 'limited' : false
    case 'nobody':
      return false
  }
}

/** The status a role gets: reads list (200), creates from an empty body (400: access passed, validation did not),
 * updates and deletes of a record that does not exist (404 when access passed, 403 when a rule refused or could
 * only allow some records). */
const expected = (op: keyof Row, who: Who, role: Role): number => {
  const allowed = allows(who, role)
  if (op === 'read') return allowed ? 200 : 403
  if (allowed === false) return 403
  if (op === 'create') return 400
  return allowed === 'limited' ? 403 : 404
}

const MISSING = 987654

describe('access matrix: every collection and global × every role × every operation, over REST', () => {
  let payload: Payload
  const tokens: Partial<Record<Role, string>> = {}

  beforeAll(async () => {
    payload = await testPayload()
    tokens.editor = await signIn(payload, 'macierz-redaktor@example.pl', ['editor'])
    tokens['bip-editor'] = await signIn(payload, 'macierz-bip@example.pl', ['bip-editor'])
    tokens.admin = await signIn(payload, 'macierz-admin@example.pl', ['admin'])
  })

  it('has a row for every collection and global of the config', () => {
    const collections = payload.config.collections
      .map((collection) => collection.slug)
      .filter((slug) => !slug.startsWith('payload-'))
    expect(collections.sort()).toEqual(Object.keys(COLLECTIONS).sort())
    expect(payload.config.globals.map((global) => global.slug).sort()).toEqual(Object.keys(GLOBALS).sort())
  })

  it('gives each role the expected status for each collection operation', async () => {
    const mismatches: string[] = []
    for (const [slug, row] of Object.entries(COLLECTIONS)) {
      for (const role of ROLES) {
        const token = tokens[role]
        const actual = {
          read: (await rest(payload, 'GET', `/${slug}?limit=1`, { token })).status,
          create: (await rest(payload, 'POST', `/${slug}`, { token, body: {} })).status,
          update: (await rest(payload, 'PATCH', `/${slug}/${MISSING}`, { token, body: {} })).status,
          delete: (await rest(payload, 'DELETE', `/${slug}/${MISSING}`, { token })).status,
        }
        for (const op of ['read', 'create', 'update', 'delete'] as const) {
          const want = expected(op, row[op], role)
          if (actual[op] !== want)
            mismatches.push(`${slug} ${op} as ${role}: ${actual[op]}, expected ${want}`)
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it('gives each role the expected status for each global', async () => {
    const mismatches: string[] = []
    for (const [slug, row] of Object.entries(GLOBALS)) {
      const current = (await rest(payload, 'GET', `/globals/${slug}?depth=0`, { token: tokens.admin })).body
      for (const role of ROLES) {
        const token = tokens[role]
        const read = (await rest(payload, 'GET', `/globals/${slug}`, { token })).status
        const update = (await rest(payload, 'POST', `/globals/${slug}`, { token, body: current })).status
        if (read !== (allows(row.read, role) ? 200 : 403)) mismatches.push(`${slug} read as ${role}: ${read}`)
        // Saving the current content back: 200 when allowed (or 400 if the global was never filled in).
        const allowed = allows(row.update, role) === true
        if (allowed ? update === 403 : update !== 403) mismatches.push(`${slug} update as ${role}: ${update}`)
      }
    }
    expect(mismatches).toEqual([])
  })
})
