import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { body, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

type Entry = { action: string; version: number; changedBy: string; note: string }

describe('BIP: published documents only go forward, every state change is in the register, no e-mails', () => {
  let payload: Payload
  let named: string
  let unnamed: string
  let category: number

  const publish = (token: string, data: Record<string, unknown> = {}) =>
    rest(payload, 'POST', '/bip-documents', {
      token,
      body: {
        title: unique('Obwieszczenie'),
        category,
        body: body('Treść obwieszczenia.'),
        publisher: 'Urząd Gminy Lipowa Wola',
        producedBy: 'Referat Gospodarki',
        producedAt: '2026-03-02T00:00:00.000Z',
        _status: 'published',
        ...data,
      },
    })

  const register = async (id: number): Promise<Entry[]> =>
    (await rest(payload, 'GET', `/bip-changes?where[document][equals]=${id}&sort=version&limit=100`)).body
      .docs

  beforeAll(async () => {
    payload = await testPayload()
    await payload.create({
      collection: 'users',
      data: {
        email: 'anna.nowak@example.pl',
        password: 'test-password-123',
        name: 'Anna Nowak',
        roles: ['bip-editor'],
      } as never,
    })
    const login = await rest(payload, 'POST', '/users/login', {
      body: { email: 'anna.nowak@example.pl', password: 'test-password-123' },
    })
    named = login.body.token
    // The support helper names a user by their e-mail: the case of a name that must not be published.
    unnamed = await signIn(payload, 'bip-bez-nazwiska@example.pl', ['bip-editor'])
    const created = await rest(payload, 'POST', '/bip-categories', {
      token: named,
      body: { name: unique('Obwieszczenia'), menu: 'przedmiotowe', order: 20 },
    })
    category = created.body.doc.id
  })

  it('names who entered and changed a document by name, and never by e-mail', async () => {
    const byNamed = await publish(named)
    expect(byNamed.status).toBe(201)
    expect(byNamed.body.doc.enteredBy).toBe('Anna Nowak')

    const byUnnamed = await publish(unnamed)
    expect(byUnnamed.status).toBe(201)
    const id = byUnnamed.body.doc.id as number
    expect(byUnnamed.body.doc.enteredBy).toBe('Redakcja BIP')
    const changed = await rest(payload, 'PATCH', `/bip-documents/${id}`, {
      token: unnamed,
      body: { title: unique('Obwieszczenie poprawione'), changeNote: 'Poprawiono tytuł' },
    })
    expect(changed.body.doc.modifiedBy).toBe('Redakcja BIP')

    const publicDoc = await rest(payload, 'GET', `/bip-documents/${id}`)
    const entries = await register(id)
    expect(entries.map((entry) => entry.changedBy)).toEqual(['Redakcja BIP', 'Redakcja BIP'])
    expect(JSON.stringify(publicDoc.body)).not.toContain('@example.pl')
    expect(JSON.stringify(entries)).not.toContain('@example.pl')
  })

  it('refuses to put a published document back to draft, in Polish, and leaves it published', async () => {
    const doc = (await publish(named)).body.doc as { id: number }
    const back = await rest(payload, 'PATCH', `/bip-documents/${doc.id}`, {
      token: named,
      body: { _status: 'draft' },
    })
    expect(back.status).toBe(400)
    expect(back.body.errors[0].message).toBe(
      'Opublikowanego dokumentu BIP nie można cofnąć do szkicu. Aby go wycofać, zaznacz „Wycofaj do archiwum”, podaj powód i opublikuj.',
    )
    const bulk = await rest(payload, 'PATCH', `/bip-documents?where[id][equals]=${doc.id}`, {
      token: named,
      body: { _status: 'draft' },
    })
    expect(bulk.status).toBe(400)
    expect((await rest(payload, 'GET', `/bip-documents/${doc.id}`)).status).toBe(200)
    expect((await register(doc.id)).map((entry) => entry.action)).toEqual(['publikacja'])

    // A draft saved over it stays possible: the published version does not change.
    const draft = await rest(payload, 'PATCH', `/bip-documents/${doc.id}?draft=true`, {
      token: named,
      body: { title: 'Szkic poprawki', _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    expect((await rest(payload, 'GET', `/bip-documents/${doc.id}`)).body._status).toBe('published')
  })

  it('writes one register entry per state change: publication, change, withdrawal to the archive', async () => {
    const doc = (await publish(named)).body.doc as { id: number }
    await rest(payload, 'PATCH', `/bip-documents/${doc.id}`, {
      token: named,
      body: { producedBy: 'Referat Gospodarki Komunalnej', changeNote: 'Poprawiono wytwórcę' },
    })
    const withdraw = await rest(payload, 'PATCH', `/bip-documents/${doc.id}`, {
      token: named,
      body: { withdrawal: { withdrawn: true, reason: 'Uchylone zarządzeniem nr 12/2026' } },
    })
    expect(withdraw.status).toBe(200)
    expect((await register(doc.id)).map((entry) => [entry.version, entry.action, entry.changedBy])).toEqual([
      [1, 'publikacja', 'Anna Nowak'],
      [2, 'zmiana', 'Anna Nowak'],
      [3, 'wycofanie', 'Anna Nowak'],
    ])
    // In the archive it stays public, with the reason.
    const archived = await rest(payload, 'GET', `/bip-documents/${doc.id}`)
    expect(archived.status).toBe(200)
    expect(archived.body.withdrawal).toMatchObject({
      withdrawn: true,
      reason: 'Uchylone zarządzeniem nr 12/2026',
    })
  })

  it('refuses to delete a category that holds documents, in Polish, and deletes an empty one', async () => {
    const full = await rest(payload, 'POST', '/bip-categories', {
      token: named,
      body: { name: unique('Zajęta'), menu: 'przedmiotowe', order: 30 },
    })
    await publish(named, { category: full.body.doc.id })
    const refused = await rest(payload, 'DELETE', `/bip-categories/${full.body.doc.id}`, { token: named })
    expect(refused.status).toBe(409)
    expect(refused.body.errors[0].message).toBe(
      'Tej kategorii nie można usunąć, bo zawiera dokumenty BIP (1). Najpierw przenieś je do innej kategorii.',
    )
    expect((await rest(payload, 'GET', `/bip-categories/${full.body.doc.id}`)).status).toBe(200)

    const empty = await rest(payload, 'POST', '/bip-categories', {
      token: named,
      body: { name: unique('Pusta'), menu: 'przedmiotowe', order: 40 },
    })
    expect(
      (await rest(payload, 'DELETE', `/bip-categories/${empty.body.doc.id}`, { token: named })).status,
    ).toBe(200)
  })
})
