import { describe, expect, it } from 'vitest'
import { bipChange, bipDocument } from './index'

const at = '2025-06-14T16:00:00.000Z'

const published = {
  id: 5,
  permanentId: 'uchwala-xii-45-2025',
  version: 2,
  title: '  Uchwała nr XII/45/2025  ',
  category: { id: 3, name: 'Uchwały' },
  kind: 'dokument',
  deadline: null,
  body: { root: { type: 'root', children: [] } },
  attachments: [7, { id: 8, filename: 'uchwala.pdf' }],
  publisher: 'Urząd Gminy Lipowa Wola',
  producedBy: 'Rada Gminy',
  producedAt: '2025-06-10T10:00:00.000Z',
  enteredBy: 'Anna Nowak',
  publishedAt: at,
  exclusion: { scope: null, legalBasis: '', decidedBy: '  ' },
  withdrawal: { withdrawn: false, reason: null, withdrawnAt: null },
  modifiedBy: null,
  modifiedAt: undefined,
  _status: 'published',
  createdAt: at,
  updatedAt: at,
}

const exclusion = {
  scope: ' Dane osobowe wnioskodawcy ',
  legalBasis: 'art. 5 ust. 2 ustawy o dostępie do informacji publicznej',
  decidedBy: 'Wójt Gminy',
}

const withdrawal = { withdrawn: true, reason: ' Uchylona przez wojewodę ', withdrawnAt: at }

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []

describe('bipDocument', () => {
  it('reads relations as ids, an empty exclusion and a non-withdrawal as null, missing metadata as null', () => {
    const parsed = bipDocument.parse(published)
    expect(parsed.category).toBe(3)
    expect(parsed.attachments).toEqual([7, 8])
    expect(parsed.exclusion).toBeNull()
    expect(parsed.withdrawal).toBeNull()
    expect(parsed.deadline).toBeNull()
    expect(parsed.modifiedBy).toBeNull()
    expect(parsed.modifiedAt).toBeNull()
  })

  it('reads absent exclusion and withdrawal groups as null', () => {
    const parsed = bipDocument.parse({ ...published, exclusion: undefined, withdrawal: null })
    expect(parsed.exclusion).toBeNull()
    expect(parsed.withdrawal).toBeNull()
  })

  it('keeps a complete exclusion notice, trimmed', () => {
    expect(bipDocument.parse({ ...published, exclusion }).exclusion).toEqual({
      scope: 'Dane osobowe wnioskodawcy',
      legalBasis: 'art. 5 ust. 2 ustawy o dostępie do informacji publicznej',
      decidedBy: 'Wójt Gminy',
    })
  })

  it('refuses a partial exclusion notice, naming each missing field', () => {
    const result = bipDocument.safeParse({
      ...published,
      exclusion: { ...exclusion, legalBasis: ' ', decidedBy: null },
    })
    expect(issues(result)).toEqual([
      'exclusion.legalBasis: an exclusion notice needs its scope, legal basis and decision-maker together',
      'exclusion.decidedBy: an exclusion notice needs its scope, legal basis and decision-maker together',
    ])
  })

  it('keeps a withdrawal with its trimmed reason and date', () => {
    expect(bipDocument.parse({ ...published, withdrawal }).withdrawal).toEqual({
      reason: 'Uchylona przez wojewodę',
      withdrawnAt: at,
    })
  })

  it('refuses a withdrawal without a date', () => {
    expect(
      issues(bipDocument.safeParse({ ...published, withdrawal: { ...withdrawal, withdrawnAt: null } })),
    ).toEqual(['withdrawal.withdrawnAt: a withdrawal needs its date'])
  })

  it('refuses a withdrawal without a reason', () => {
    expect(
      issues(bipDocument.safeParse({ ...published, withdrawal: { ...withdrawal, reason: '  ' } })),
    ).toEqual(['withdrawal.reason: a withdrawal needs its reason'])
  })

  it('refuses a draft, a bad permanent id and a version 0', () => {
    const result = bipDocument.safeParse({
      ...published,
      _status: 'draft',
      permanentId: 'Uchwała 45',
      version: 0,
    })
    expect(issues(result).map((issue) => issue.split(':')[0])).toEqual(['permanentId', 'version', '_status'])
  })

  it('refuses an unknown kind and a deadline that is not an instant', () => {
    const result = bipDocument.safeParse({ ...published, kind: 'ogloszenie', deadline: '30.06.2025' })
    expect(issues(result).map((issue) => issue.split(':')[0])).toEqual(['kind', 'deadline'])
  })
})

describe('bipChange', () => {
  const change = {
    id: 1,
    document: { id: 5 },
    permanentId: 'uchwala-xii-45-2025',
    title: 'Uchwała nr XII/45/2025',
    version: 2,
    action: 'wycofanie',
    note: 'Wycofano do archiwum: Uchylona przez wojewodę',
    changedBy: 'Anna Nowak',
    changedAt: at,
    snapshot: { ...published, withdrawal },
    createdAt: at,
    updatedAt: at,
  }

  it('reads the snapshot through the same transforms', () => {
    const parsed = bipChange.parse(change)
    expect(parsed.document).toBe(5)
    expect(parsed.snapshot.withdrawal).toEqual({ reason: 'Uchylona przez wojewodę', withdrawnAt: at })
    expect(parsed.snapshot.category).toBe(3)
  })

  it('refuses a snapshot with a partial exclusion notice, naming the field', () => {
    const snapshot = { ...published, exclusion: { ...exclusion, scope: '' } }
    expect(issues(bipChange.safeParse({ ...change, snapshot }))).toEqual([
      'snapshot.exclusion.scope: an exclusion notice needs its scope, legal basis and decision-maker together',
    ])
  })
})
