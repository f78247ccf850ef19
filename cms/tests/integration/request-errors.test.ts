import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { body, createArticle, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { rawRest } from '../support/raw-request'
import { rest, signIn } from '../support/rest'

const NOT_AN_OBJECT =
  'Treść żądania musi być obiektem JSON z polami, np. {"title": "…"}. Popraw żądanie i wyślij je ponownie.'
const MALFORMED = 'Treść żądania nie jest poprawnym JSON-em. Popraw żądanie i wyślij je ponownie.'

describe('REST: a body that is not a JSON object is a 400 with a Polish message', () => {
  let payload: Payload
  let admin: string
  let article: number

  beforeAll(async () => {
    payload = await testPayload()
    admin = await signIn(payload, 'admin-zadania@example.pl', ['admin'])
    article = (await createArticle(payload, { title: unique('Artykuł'), status: 'published' })).id
  })

  const cases: [string, string, string][] = [
    ['an array', '[]', NOT_AN_OBJECT],
    ['an array of objects', '[{"title":"x"}]', NOT_AN_OBJECT],
    ['a string', '"tytuł"', NOT_AN_OBJECT],
    ['a number', '12', NOT_AN_OBJECT],
    ['null', 'null', NOT_AN_OBJECT],
    ['malformed JSON', '{"title": ', MALFORMED],
  ]

  it.each(cases)('refuses %s on create, update and a global', async (_name, raw, expected) => {
    for (const [method, path] of [
      ['POST', '/articles'],
      ['PATCH', `/articles/${article}`],
      ['PATCH', `/articles?where[id][equals]=${article}`],
      ['POST', '/globals/site-settings'],
    ] as const) {
      const response = await rawRest(payload, method, path, raw, admin)
      expect({ method, path, status: response.status, message: response.body?.errors?.[0]?.message }).toEqual(
        {
          method,
          path,
          status: 400,
          message: expected,
        },
      )
    }
    const stored = await payload.findByID({ collection: 'articles', id: article })
    expect(stored.title).not.toBe('x')
  })

  it('still accepts a JSON object', async () => {
    const response = await rawRest(
      payload,
      'POST',
      '/articles',
      JSON.stringify({
        title: unique('Poprawny'),
        lead: 'Zajawka',
        author: 'Redakcja',
        body: body('Treść.'),
      }),
      admin,
    )
    expect(response.status).toBe(201)
  })
})

describe('REST: a refused delete says why in Polish', () => {
  let payload: Payload
  let admin: string

  beforeAll(async () => {
    payload = await testPayload()
    admin = await signIn(payload, 'admin-usuwanie@example.pl', ['admin'])
  })

  it('by id and in bulk, as GraphQL does', async () => {
    const category = await rest(payload, 'POST', '/bip-categories', {
      token: admin,
      body: { name: unique('Kategoria'), menu: 'przedmiotowe', order: 5 },
    })
    const doc = await rest(payload, 'POST', '/bip-documents', {
      token: admin,
      body: {
        title: unique('Zarządzenie'),
        category: category.body.doc.id,
        body: body('Treść.'),
        publisher: 'Urząd Gminy',
        producedBy: 'Wójt',
        producedAt: '2026-03-02T00:00:00.000Z',
        _status: 'published',
      },
    })
    expect(doc.status).toBe(201)
    const refusal =
      'Dokumentów BIP z historią zmian nie można usuwać. Wycofaj dokument do archiwum (zaznacz „Wycofaj do archiwum” i podaj powód).'
    const byId = await rest(payload, 'DELETE', `/bip-documents/${doc.body.doc.id}`, { token: admin })
    expect({ status: byId.status, message: byId.body.errors[0].message }).toEqual({
      status: 403,
      message: refusal,
    })
    const bulk = await rest(payload, 'DELETE', `/bip-documents?where[id][equals]=${doc.body.doc.id}`, {
      token: admin,
    })
    expect(bulk.status).toBe(400)
    expect(bulk.body.errors[0].message).toBe(refusal)
    const register = await rest(payload, 'GET', '/bip-changes?limit=1')
    const entry = register.body.docs[0].id
    const registerDelete = await rest(payload, 'DELETE', `/bip-changes/${entry}`, { token: admin })
    expect(registerDelete.status).toBe(403)
    expect(registerDelete.body.errors[0].message).toMatch(/^[^A-Za-z]*[A-ZŁŚŻ][a-ząćęłńóśźż]/)
    expect(registerDelete.body.errors[0].message).not.toMatch(/not allowed/i)
  })
})
