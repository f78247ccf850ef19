import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoPdf } from '../../src/seed/files/pdfs'
import { body, unique } from '../support/articles'
import { download, uploadForm } from '../support/files'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')

describe('BIP: a released attachment never changes', () => {
  let payload: Payload
  let admin: string
  let bipEditor: string
  let file: { id: number; filename: string; title: string; filesize: number }
  let originalHash: string

  beforeAll(async () => {
    payload = await testPayload()
    admin = await signIn(payload, 'bip-pliki-admin@example.pl', ['admin'])
    bipEditor = await signIn(payload, 'bip-pliki-redaktor@example.pl', ['bip-editor'])
    const category = await rest(payload, 'POST', '/bip-categories', {
      token: bipEditor,
      body: { name: unique('Uchwały'), menu: 'przedmiotowe', order: 10 },
    })
    const pdf = await demoPdf({ title: 'Uchwała', paragraphs: ['Treść uchwały w wersji pierwszej.'] })
    originalHash = sha256(pdf)
    const uploaded = await rest(payload, 'POST', '/bip-files', {
      token: bipEditor,
      form: uploadForm(pdf, 'uchwala-wydana.pdf', 'application/pdf', { title: 'Uchwała — wersja 1' }),
    })
    expect(uploaded.status).toBe(201)
    file = uploaded.body.doc
    const published = await rest(payload, 'POST', '/bip-documents', {
      token: bipEditor,
      body: {
        title: unique('Uchwała'),
        category: category.body.doc.id,
        body: body('Uchwała z załącznikiem.'),
        attachments: [file.id],
        publisher: 'Urząd Gminy Lipowa Wola',
        producedBy: 'Rada Gminy',
        producedAt: '2026-03-02T00:00:00.000Z',
        _status: 'published',
      },
    })
    expect(published.status).toBe(201)
  })

  const stored = async () => {
    const record = await payload.findByID({ collection: 'bip-files' as never, id: file.id, depth: 0 })
    const bytes = await download(payload, `/bip-files/file/${file.filename}`)
    return { record: record as unknown as typeof file & { released: boolean }, bytes }
  }

  it('is marked released once a published document carries it, with the bytes as uploaded', async () => {
    const { record, bytes } = await stored()
    expect(record.released).toBe(true)
    expect(bytes.status).toBe(200)
    expect(sha256(bytes.bytes)).toBe(originalHash)
  })

  it('refuses a BIP editor who replaces its file or metadata, in Polish, and keeps the bytes', async () => {
    const other = await demoPdf({ title: 'Podmiana', paragraphs: ['Zupełnie inna treść.'] })
    const replace = await rest(payload, 'PATCH', `/bip-files/${file.id}`, {
      token: bipEditor,
      form: uploadForm(other, 'uchwala-wydana.pdf', 'application/pdf', { title: 'Podmieniona' }),
    })
    expect(replace.status).toBe(403)
    expect(replace.body.errors[0].message).toContain('nie można go zmienić ani usunąć')
    const retitle = await rest(payload, 'PATCH', `/bip-files/${file.id}`, {
      token: bipEditor,
      body: { title: 'Podmieniona', isPublic: false },
    })
    expect(retitle.status).toBe(403)
    const { record, bytes } = await stored()
    expect(record).toMatchObject({
      title: 'Uchwała — wersja 1',
      filename: file.filename,
      filesize: file.filesize,
    })
    expect(record.released).toBe(true)
    expect(sha256(bytes.bytes)).toBe(originalHash)
  })

  it('refuses an administrator who deletes it, in Polish, and keeps the bytes', async () => {
    const remove = await rest(payload, 'DELETE', `/bip-files/${file.id}`, { token: admin })
    expect(remove.status).toBe(403)
    expect(remove.body.errors[0].message).toContain('nie można go zmienić ani usunąć')
    const bulk = await rest(payload, 'DELETE', `/bip-files?where[id][equals]=${file.id}`, { token: admin })
    expect(bulk.body.docs ?? []).toEqual([])
    const bulkPatch = await rest(payload, 'PATCH', `/bip-files?where[id][equals]=${file.id}`, {
      token: admin,
      body: { title: 'Podmieniona hurtem' },
    })
    expect(bulkPatch.body.docs ?? []).toEqual([])
    const { record, bytes } = await stored()
    expect(record.title).toBe('Uchwała — wersja 1')
    expect(bytes.status).toBe(200)
    expect(sha256(bytes.bytes)).toBe(originalHash)
  })

  it('still lets a BIP editor fix a file no published document carried yet', async () => {
    const pdf = await demoPdf({ title: 'Projekt', paragraphs: ['Projekt.'] })
    const draft = await rest(payload, 'POST', '/bip-files', {
      token: bipEditor,
      form: uploadForm(pdf, 'projekt-bip.pdf', 'application/pdf', { title: 'Projekt' }),
    })
    const fix = await rest(payload, 'PATCH', `/bip-files/${draft.body.doc.id}`, {
      token: bipEditor,
      body: { title: 'Projekt poprawiony' },
    })
    expect(fix.status).toBe(200)
    expect(fix.body.doc.title).toBe('Projekt poprawiony')
  })
})
