import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { pdfBytes } from '../../../packages/payload-plugin/src/shared/test-files'
import { body, unique } from '../support/articles'
import { uploadForm } from '../support/files'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'
import { goodPdf } from './periodicals-fixtures'

const LONG_AGO = '2001-01-01T00:00:00.000Z'

describe('read-only fields cannot be written over REST, not even by an administrator', () => {
  let payload: Payload
  let admin: string

  beforeAll(async () => {
    payload = await testPayload()
    admin = await signIn(payload, 'admin-tylko-odczyt@example.pl', ['admin'])
  })

  it('createdAt and updatedAt of a record', async () => {
    const created = await rest(payload, 'POST', '/categories', {
      token: admin,
      body: { name: unique('Kategoria'), createdAt: LONG_AGO, updatedAt: LONG_AGO },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const stored = await payload.findByID({ collection: 'categories', id })
    expect(Date.now() - Date.parse(stored.createdAt)).toBeLessThan(60_000)
    const patched = await rest(payload, 'PATCH', `/categories/${id}`, {
      token: admin,
      body: { createdAt: LONG_AGO, updatedAt: LONG_AGO },
    })
    expect(patched.status).toBe(200)
    const after = await payload.findByID({ collection: 'categories', id })
    expect(after.createdAt).toBe(stored.createdAt)
    expect(after.updatedAt).not.toBe(LONG_AGO)
  })

  it("the processing status and results of a periodical issue's PDF", async () => {
    const periodical = await rest(payload, 'POST', '/periodicals', {
      token: admin,
      body: { title: unique('Informator'), publisher: 'Urząd Gminy', frequency: 'monthly' },
    })
    expect(periodical.status).toBe(201)
    const forged = {
      processing: {
        status: 'done',
        warnings: [{ code: 'x', message: 'Podrobione' }],
        error: 'x',
        processedAt: LONG_AGO,
      },
      pageCount: 999,
      pdfTitle: 'Podrobiony tytuł',
      pdfLanguage: 'xx',
      pages: [{ page: 1, text: 'Podrobiony tekst' }],
    }
    const created = await rest(payload, 'POST', '/newsletter-issues', {
      token: admin,
      form: uploadForm(await goodPdf(), 'numer-1.pdf', 'application/pdf', {
        periodical: periodical.body.doc.id,
        number: '1/2026',
        publishedOn: '2026-01-15T10:00:00.000Z',
        ...forged,
      }),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const read = async () => {
      const issue = (await payload.findByID({ collection: 'newsletter-issues', id, draft: true })) as any
      return {
        status: issue.processing.status,
        warnings: issue.processing.warnings,
        error: issue.processing.error ?? null,
        pageCount: issue.pageCount ?? null,
        pdfTitle: issue.pdfTitle ?? null,
        pdfLanguage: issue.pdfLanguage ?? null,
        pages: issue.pages,
      }
    }
    const initial = {
      status: 'queued',
      warnings: [],
      error: null,
      pageCount: null,
      pdfTitle: null,
      pdfLanguage: null,
      pages: [],
    }
    expect(await read()).toEqual(initial)
    const patched = await rest(payload, 'PATCH', `/newsletter-issues/${id}?draft=true`, {
      token: admin,
      body: forged,
    })
    expect(patched.status).toBe(200)
    expect(await read()).toEqual(initial)
  })

  it('the permanent id and system metadata of a BIP document, the register and a released flag', async () => {
    const category = await rest(payload, 'POST', '/bip-categories', {
      token: admin,
      body: { name: unique('Kategoria BIP'), menu: 'przedmiotowe', order: 1 },
    })
    const file = await rest(payload, 'POST', '/bip-files', {
      token: admin,
      form: uploadForm(pdfBytes(), 'zalacznik-ro.pdf', 'application/pdf', {
        title: 'Załącznik',
        released: true,
      }),
    })
    expect(file.status).toBe(201)
    expect(file.body.doc.released).toBe(false)
    const patchedFile = await rest(payload, 'PATCH', `/bip-files/${file.body.doc.id}`, {
      token: admin,
      body: { released: true },
    })
    expect(patchedFile.status).toBe(200)
    expect(
      ((await payload.findByID({ collection: 'bip-files', id: file.body.doc.id })) as any).released,
    ).toBe(false)

    const system = { permanentId: 'podrobiony', enteredBy: 'Podszywacz', publishedAt: LONG_AGO, version: 99 }
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
        ...system,
      },
    })
    expect(doc.status).toBe(201)
    const created = doc.body.doc
    expect(created.permanentId).not.toBe('podrobiony')
    expect(created.version).toBe(1)
    const patched = await rest(payload, 'PATCH', `/bip-documents/${created.id}`, {
      token: admin,
      body: { ...system, modifiedBy: 'Podszywacz', changeNote: 'Próba' },
    })
    expect(patched.status).toBe(200)
    expect(patched.body.doc).toMatchObject({
      permanentId: created.permanentId,
      enteredBy: created.enteredBy,
      version: 2,
    })
    expect(patched.body.doc.modifiedBy).not.toBe('Podszywacz')

    const entry = (
      await rest(payload, 'GET', `/bip-changes?where[document][equals]=${created.id}&sort=version`)
    ).body.docs[0]
    const forgedEntry = await rest(payload, 'PATCH', `/bip-changes/${entry.id}`, {
      token: admin,
      body: { note: 'Podrobiona', changedBy: 'Podszywacz' },
    })
    expect(forgedEntry.status).toBe(403)
    const createdEntry = await rest(payload, 'POST', '/bip-changes', {
      token: admin,
      body: { ...entry, id: undefined, note: 'Podrobiona' },
    })
    expect(createdEntry.status).toBe(403)
    const stored = (await payload.findByID({ collection: 'bip-changes', id: entry.id })) as any
    expect({ note: stored.note, changedBy: stored.changedBy }).toEqual({
      note: entry.note,
      changedBy: entry.changedBy,
    })
  })

  it("a publish log's fields", async () => {
    const created = await rest(payload, 'POST', '/site-publishes', {
      token: admin,
      body: { status: 'succeeded', reason: 'Podrobiona publikacja' },
    })
    expect(created.status).toBe(403)
    const count = await payload.count({
      collection: 'site-publishes',
      where: { reason: { equals: 'Podrobiona publikacja' } },
    })
    expect(count.totalDocs).toBe(0)
  })
})
