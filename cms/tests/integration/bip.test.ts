import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { body, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { rest, restResponse, signIn } from '../support/rest'

type Doc = {
  id: number
  title: string
  permanentId: string
  version: number
  enteredBy: string
  publishedAt: string
}

/** Calls the CMS's GraphQL endpoint through the same handler as the Next.js route `api/graphql`. */
const graphql = async (payload: Payload, query: string, token?: string) => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
  })
  const response = await GRAPHQL_POST(Promise.resolve(payload.config))(request)
  return (await response.json()) as {
    data?: Record<string, unknown>
    errors?: { message: string; extensions?: unknown }[]
  }
}

describe('BIP: metadata, register of changes, archive, access', () => {
  let payload: Payload
  let admin: string
  let bipEditor: string
  let editor: string
  let category: number
  let doc: Doc

  const firstEntry = async () =>
    (await payload.find({ collection: 'bip-changes' as never, limit: 1 })).docs[0] as unknown as {
      id: number
    }

  const create = async (token: string, data: Record<string, unknown>, draft = false) =>
    rest(payload, 'POST', `/bip-documents${draft ? '?draft=true' : ''}`, {
      token,
      body: {
        title: unique('Zarządzenie'),
        category,
        body: body('Treść zarządzenia.'),
        publisher: 'Urząd Gminy Lipowa Wola',
        producedBy: 'Jan Kowalski, Referat Organizacyjny',
        producedAt: '2026-03-02T00:00:00.000Z',
        _status: draft ? 'draft' : 'published',
        ...data,
      },
    })

  beforeAll(async () => {
    payload = await testPayload()
    admin = await signIn(payload, 'bip-admin@example.pl', ['admin'])
    bipEditor = await signIn(payload, 'bip-redaktor@example.pl', ['bip-editor'])
    editor = await signIn(payload, 'bip-news@example.pl', ['editor'])
    const cat = await rest(payload, 'POST', '/bip-categories', {
      token: bipEditor,
      body: { name: unique('Zarządzenia'), menu: 'przedmiotowe', order: 10 },
    })
    expect(cat.status).toBe(201)
    category = cat.body.doc.id
    const created = await create(bipEditor, { enteredBy: 'Podszywacz', publishedAt: '2000-01-01T00:00:00Z' })
    expect(created.status).toBe(201)
    doc = created.body.doc
  })

  it('takes "wprowadził" and the publication time from the system, not from the request', () => {
    expect(doc.enteredBy).toBe('Redakcja BIP') // the test user's name is their e-mail, which is never published
    expect(Date.now() - Date.parse(doc.publishedAt)).toBeLessThan(60_000)
    expect(doc.version).toBe(1)
    expect(doc.permanentId).toMatch(/^\d{4}-[a-z0-9]{8}$/)
  })

  it('fills "podmiot udostępniający" from the BIP settings when the clerk leaves it out', async () => {
    const current = (await payload.findGlobal({ slug: 'bip-settings' as never })) as unknown as {
      publisher?: string
    }
    const publisher = current.publisher ?? 'Gmina Testowa Wola'
    if (!current.publisher)
      await payload.updateGlobal({
        slug: 'bip-settings' as never,
        data: {
          publisher,
          editorialAddress: 'Redakcja BIP, ul. Testowa 1, 00-001 Testowa Wola',
          editors: [{ name: 'Anna Nowak', phone: '+48 61 000 00 00', email: 'bip@testowa.example' }],
          instructions: body('Jak korzystać z BIP.'),
          notPublished: body('Informacje nieudostępnione.'),
        } as never,
      })
    const res = await create(bipEditor, { publisher: undefined })
    expect(res.status).toBe(201)
    expect(res.body.doc.publisher).toBe(publisher)
  })

  it('requires wytworzył and data wytworzenia', async () => {
    const res = await create(bipEditor, { producedBy: '', producedAt: null })
    expect(res.status).toBe(400)
    const paths = res.body.errors[0].data.errors.map((e: { path: string }) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['producedBy', 'producedAt']))
  })

  it('refuses to publish a change without a note, with a Polish message', async () => {
    const res = await rest(payload, 'PATCH', `/bip-documents/${doc.id}`, {
      token: bipEditor,
      body: { title: 'Zmieniony tytuł' },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'changeNote' })
    expect(res.body.errors[0].data.errors[0].message).toContain('wpisz w polu „Opis zmiany”')
  })

  it('records a published change in the register, keeps the permanent id and both versions', async () => {
    const res = await rest(payload, 'PATCH', `/bip-documents/${doc.id}`, {
      token: bipEditor,
      body: { title: `${doc.permanentId} poprawiony`, changeNote: 'Poprawiono tytuł', permanentId: 'x' },
    })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ permanentId: doc.permanentId, version: 2, changeNote: null })
    expect(res.body.doc.modifiedBy).toBe('Redakcja BIP')
    const register = await rest(payload, 'GET', `/bip-changes?where[document][equals]=${doc.id}&sort=version`)
    expect(register.status).toBe(200)
    expect(register.body.docs.map((e: { version: number; note: string }) => [e.version, e.note])).toEqual([
      [1, 'Publikacja dokumentu'],
      [2, 'Poprawiono tytuł'],
    ])
    expect(register.body.docs[0].snapshot.title).not.toContain('poprawiony')
    expect(register.body.docs[1].snapshot.title).toContain('poprawiony')
  })

  it('saving a draft of a published document writes nothing to the register and stays hidden', async () => {
    const draft = await rest(payload, 'PATCH', `/bip-documents/${doc.id}?draft=true`, {
      token: bipEditor,
      body: { title: 'Tajny szkic', _status: 'draft' },
    })
    expect(draft.status).toBe(200)
    const count = await payload.count({
      collection: 'bip-changes' as never,
      where: { document: { equals: doc.id } },
    })
    expect(count.totalDocs).toBe(2)
    // An earlier test published the title "<permanentId> poprawiony"; the draft's title stays unseen. By id the
    // public gets the published version; a draft=true list leaves out a document whose newest version is a draft.
    const byId = await rest(payload, 'GET', `/bip-documents/${doc.id}?draft=true`)
    expect(byId.status).toBe(200)
    expect(byId.body.title).toBe(`${doc.permanentId} poprawiony`)
    const list = await rest(payload, 'GET', `/bip-documents?draft=true&where[id][equals]=${doc.id}`)
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])
    expect((await rest(payload, 'GET', '/bip-documents/versions')).status).toBe(403)
  })

  it('never shows unpublished documents anonymously', async () => {
    const draft = await create(bipEditor, { title: 'Projekt uchwały niepublikowany' }, true)
    expect(draft.status).toBe(201)
    expect((await rest(payload, 'GET', `/bip-documents/${draft.body.doc.id}`)).status).toBe(404)
    const list = await rest(
      payload,
      'GET',
      `/bip-documents?draft=true&where[id][equals]=${draft.body.doc.id}`,
    )
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBe(0)
  })

  it('lets the bip-editor manage BIP but not news or users; editors cannot touch the BIP', async () => {
    expect(
      (await rest(payload, 'POST', '/articles', { token: bipEditor, body: { title: 'x' } })).status,
    ).toBe(403)
    expect(
      (await rest(payload, 'POST', '/users', { token: bipEditor, body: { email: 'a@b.pl' } })).status,
    ).toBe(403)
    expect((await create(editor, {})).status).toBe(403)
  })

  it('refuses update and delete of register entries for every role, through REST', async () => {
    const entry = await firstEntry()
    for (const token of [undefined, editor, bipEditor, admin]) {
      const patch = await rest(payload, 'PATCH', `/bip-changes/${entry.id}`, { token, body: { note: 'x' } })
      expect(patch.status).toBe(403)
      expect((await rest(payload, 'DELETE', `/bip-changes/${entry.id}`, { token })).status).toBe(403)
      const post = await rest(payload, 'POST', '/bip-changes', { token, body: { note: 'fałszywy wpis' } })
      expect(post.status).toBe(403)
    }
  })

  it('refuses register mutations through GraphQL, even for an admin', async () => {
    const entry = await firstEntry()
    for (const mutation of [
      `mutation { updateBipChange(id: ${entry.id}, data: { note: "x" }) { id } }`,
      `mutation { deleteBipChange(id: ${entry.id}) { id } }`,
    ]) {
      const result = await graphql(payload, mutation, admin)
      expect(result.errors?.[0], JSON.stringify(result)).toMatchObject({
        message: 'Nie możesz wykonać tej akcji.',
        extensions: { statusCode: 403 },
      })
    }
  })

  it('refuses the Local API even with overrideAccess, unless the override is explicit', async () => {
    const entry = await firstEntry()
    await expect(
      payload.update({ collection: 'bip-changes' as never, id: entry.id, data: { note: 'x' } as never }),
    ).rejects.toThrow('Rejestru zmian BIP nie można edytować')
    await expect(payload.delete({ collection: 'bip-changes' as never, id: entry.id })).rejects.toThrow(
      'Rejestru zmian BIP',
    )
    const context = { allowBipRegisterOverride: true }
    const updated = await payload.update({
      collection: 'bip-changes' as never,
      id: entry.id,
      data: { changedBy: 'Korekta administracyjna' } as never,
      context,
    })
    expect((updated as { changedBy: string }).changedBy).toBe('Korekta administracyjna')
  })

  it('withdraws to the archive with a date and reason, and never deletes a document with history', async () => {
    const noReason = await rest(payload, 'PATCH', `/bip-documents/${doc.id}`, {
      token: bipEditor,
      body: { withdrawal: { withdrawn: true }, _status: 'published' },
    })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].data.errors[0].message).toBe(
      'Podaj powód wycofania dokumentu do archiwum.',
    )
    const before = Date.now()
    const ok = await rest(payload, 'PATCH', `/bip-documents/${doc.id}`, {
      token: bipEditor,
      body: { withdrawal: { withdrawn: true, reason: 'Zarządzenie uchylone' }, _status: 'published' },
    })
    const after = Date.now()
    expect(ok.status).toBe(200)
    // Stamped by the system when the withdrawal was published.
    expect(Date.parse(ok.body.doc.withdrawal.withdrawnAt)).toBeGreaterThanOrEqual(before)
    expect(Date.parse(ok.body.doc.withdrawal.withdrawnAt)).toBeLessThanOrEqual(after)
    const last = await rest(
      payload,
      'GET',
      `/bip-changes?where[document][equals]=${doc.id}&sort=-version&limit=1`,
    )
    expect(last.body.docs[0]).toMatchObject({
      action: 'wycofanie',
      note: 'Wycofano do archiwum: Zarządzenie uchylone',
    })
    expect((await rest(payload, 'GET', `/bip-documents/${doc.id}`)).status).toBe(200)

    expect((await rest(payload, 'DELETE', `/bip-documents/${doc.id}`, { token: bipEditor })).status).toBe(403)
    const byAdmin = await rest(payload, 'DELETE', `/bip-documents/${doc.id}`, { token: admin })
    expect(byAdmin.status).toBe(403)
    expect(JSON.stringify(byAdmin.body)).toContain('Wycofaj dokument do archiwum')
    await expect(payload.delete({ collection: 'bip-documents' as never, id: doc.id })).rejects.toThrow(
      'historią zmian',
    )
  })

  it('requires the whole exclusion notice', async () => {
    const res = await create(bipEditor, { exclusion: { scope: 'adres zamieszkania' } })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('podstawę prawną')
  })

  it('serves attachments only when public and published', async () => {
    const upload = async (title: string, isPublic: boolean) => {
      const { pdfBytes } = await import('../../../packages/payload-plugin/src/shared/test-files')
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(pdfBytes())], { type: 'application/pdf' }), `${title}.pdf`)
      form.append('_payload', JSON.stringify({ title, isPublic }))
      const res = await rest(payload, 'POST', '/bip-files', { token: bipEditor, form })
      expect(res.status).toBe(201)
      return res.body.doc as { id: number; filename: string }
    }
    const redacted = await upload('jawne', true)
    const original = await upload('oryginal', false)
    const pending = await upload('szkic', true)
    await create(bipEditor, { attachments: [redacted.id, original.id] })
    await create(bipEditor, { attachments: [pending.id] }, true)
    const visible = await rest(
      payload,
      'GET',
      `/bip-files?where[id][in]=${redacted.id},${original.id},${pending.id}`,
    )
    expect(visible.body.docs.map((f: { id: number }) => f.id)).toEqual([redacted.id])
    const fileStatus = async (file: { filename: string }) =>
      (await restResponse(payload, 'GET', `/bip-files/file/${file.filename}`)).status
    expect(await fileStatus(redacted)).toBe(200)
    expect(await fileStatus(original)).toBe(403)
    expect(await fileStatus(pending)).toBe(403)
  })
})
