import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createArticle, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

describe('access: anonymous REST reads see only published documents', () => {
  let payload: Payload
  let published: { id: number; title: string }
  let draft: { id: number; title: string }

  beforeAll(async () => {
    payload = await testPayload()
    published = await createArticle(payload, { title: unique('Opublikowany'), status: 'published' })
    draft = await createArticle(payload, { title: unique('Szkic'), status: 'draft' })
    // A newer, unpublished draft on top of the published article.
    await payload.update({
      collection: 'articles',
      id: published.id,
      draft: true,
      data: { title: `${published.title} — nieopublikowana poprawka` } as never,
    })
  })

  it('lists published articles and never drafts', async () => {
    const { status, body } = await rest(payload, 'GET', `/articles?where[id][in]=${published.id},${draft.id}`)
    expect(status).toBe(200)
    expect(body.docs.map((doc: { id: number; _status: string }) => [doc.id, doc._status])).toEqual([
      [published.id, 'published'],
    ])
  })

  it('refuses a draft by id', async () => {
    const { status } = await rest(payload, 'GET', `/articles/${draft.id}`)
    expect(status).toBe(404)
  })

  it('does not hand out drafts with draft=true, by list or by id', async () => {
    // A draft=true list leaves out both: the draft, and the published article whose newest version is a draft.
    const list = await rest(payload, 'GET', `/articles?draft=true&where[id][in]=${published.id},${draft.id}`)
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])

    const byId = await rest(payload, 'GET', `/articles/${draft.id}?draft=true`)
    expect(byId.status).toBe(404)

    const publishedWithDraft = await rest(payload, 'GET', `/articles/${published.id}?draft=true`)
    expect(publishedWithDraft.status).toBe(200)
    expect(publishedWithDraft.body.title).toBe(published.title)
  })

  it('refuses versions', async () => {
    const list = await rest(payload, 'GET', '/articles/versions')
    expect(list.status).toBe(403)
    const versions = await payload.findVersions({ collection: 'articles', limit: 1 })
    const one = await rest(payload, 'GET', `/articles/versions/${versions.docs[0]!.id}`)
    expect(one.status).toBe(403)
  })

  it('refuses users', async () => {
    expect((await rest(payload, 'GET', '/users')).status).toBe(403)
  })

  it('refuses anonymous writes', async () => {
    const create = await rest(payload, 'POST', '/articles', {
      body: { title: 'Włamanie', lead: 'x', author: 'x' },
    })
    expect(create.status).toBe(403)
    const update = await rest(payload, 'PATCH', `/articles/${published.id}`, { body: { title: 'Włamanie' } })
    expect(update.status).toBe(403)
    const remove = await rest(payload, 'DELETE', `/articles/${published.id}`)
    expect(remove.status).toBe(403)
    const settings = await rest(payload, 'POST', '/globals/site-settings', {
      body: { gminaName: 'Włamanie' },
    })
    expect(settings.status).toBe(403)
  })
})

describe('access: roles', () => {
  let payload: Payload
  let editor: string
  let admin: string

  beforeAll(async () => {
    payload = await testPayload()
    editor = await signIn(payload, 'redaktor@example.pl', ['editor'])
    admin = await signIn(payload, 'admin@example.pl', ['admin'])
  })

  it('lets an editor write articles, including drafts only signed-in users can read', async () => {
    const title = unique('Artykuł redaktora')
    const created = await rest(payload, 'POST', '/articles?draft=true', {
      token: editor,
      body: { title, lead: 'Zajawka', author: 'Redakcja', _status: 'draft' },
    })
    expect(created.status).toBe(201)
    const read = await rest(payload, 'GET', `/articles/${created.body.doc.id}?draft=true`, { token: editor })
    expect(read.status).toBe(200)
    expect(read.body.title).toBe(title)
  })

  it('does not let an editor manage users or raise their own role', async () => {
    const create = await rest(payload, 'POST', '/users', {
      token: editor,
      body: { email: 'nowy@example.pl', password: 'dobre-haslo-12345', name: 'Nowy', roles: ['admin'] },
    })
    expect(create.status).toBe(403)
    const me = await rest(payload, 'GET', '/users/me', { token: editor })
    const raise = await rest(payload, 'PATCH', `/users/${me.body.user.id}`, {
      token: editor,
      body: { roles: ['admin'] },
    })
    // The account is theirs to edit (200), but the roles field is admin-only: Payload drops it silently.
    expect(raise.status).toBe(200)
    const after = await payload.findByID({ collection: 'users', id: me.body.user.id })
    expect((after as { roles: string[] }).roles).toEqual(['editor'])
    const list = await rest(payload, 'GET', '/users?limit=100', { token: editor })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((user: { email: string }) => user.email)).toEqual(['redaktor@example.pl'])
  })

  it('lets an admin manage users', async () => {
    const create = await rest(payload, 'POST', '/users', {
      token: admin,
      body: {
        email: unique('nowy').replace(/\s/g, '') + '@example.pl',
        password: 'dobre-haslo-12345',
        name: 'Nowy',
        roles: ['editor'],
      },
    })
    expect(create.status).toBe(201)
  })
})
