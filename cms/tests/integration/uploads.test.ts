import crypto from 'node:crypto'
import sharp from 'sharp'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoPdf } from '../../src/seed/files/pdfs'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

const form = (file: Buffer, name: string, type: string, data: object) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(file)], { type }), name)
  body.append('_payload', JSON.stringify(data))
  return body
}

describe('uploads are checked by content, with a clear Polish error', () => {
  let payload: Payload
  let editor: string
  let jpeg: Buffer

  beforeAll(async () => {
    payload = await testPayload()
    editor = await signIn(payload, 'redaktor-pliki@example.pl', ['editor'])
    jpeg = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#3366aa' } })
      .jpeg()
      .toBuffer()
  })

  it('accepts a real PDF as a document', async () => {
    const pdf = await demoPdf({ title: 'Regulamin', paragraphs: ['Zażółć gęślą jaźń.'] })
    const response = await rest(payload, 'POST', '/documents', {
      token: editor,
      form: form(pdf, 'regulamin.pdf', 'application/pdf', { title: 'Regulamin konkursu' }),
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.mimeType).toBe('application/pdf')
  })

  it('rejects a JPEG renamed to .pdf and names what it found', async () => {
    const response = await rest(payload, 'POST', '/documents', {
      token: editor,
      form: form(jpeg, 'uchwala.pdf', 'application/pdf', { title: 'Uchwała' }),
    })
    expect(response.status).toBe(400)
    const message = JSON.stringify(response.body)
    expect(message).toMatch(/image\/jpeg/)
    expect(message).toMatch(/[Dd]ozwolone/)
    const stored = await payload.find({ collection: 'documents', where: { filename: { like: 'uchwala' } } })
    expect(stored.totalDocs).toBe(0)
  })

  it('rejects a document over the size limit', async () => {
    // A PDF by its signature, padded with incompressible bytes past the 1 MB limit the tests configure.
    const big = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      crypto.randomBytes(1536 * 1024),
      Buffer.from('\n%%EOF\n'),
    ])
    const response = await rest(payload, 'POST', '/documents', {
      token: editor,
      form: form(big, 'duzy.pdf', 'application/pdf', { title: 'Duży dokument' }),
    })
    expect([400, 413]).toContain(response.status)
    expect(JSON.stringify(response.body)).toMatch(/MB/)
  })

  it('requires alt text on an image unless it is marked decorative', async () => {
    const missing = await rest(payload, 'POST', '/media', {
      token: editor,
      form: form(jpeg, 'zdjecie.jpg', 'image/jpeg', {}),
    })
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toMatch(/alt/i)
    const decorative = await rest(payload, 'POST', '/media', {
      token: editor,
      form: form(jpeg, 'ozdobnik.jpg', 'image/jpeg', { decorative: true }),
    })
    expect(decorative.status).toBe(201)
  })

  it('rejects a PDF uploaded as an image', async () => {
    const pdf = await demoPdf({ title: 'Nie obraz', paragraphs: ['Tekst'] })
    const response = await rest(payload, 'POST', '/media', {
      token: editor,
      form: form(pdf, 'obraz.jpg', 'image/jpeg', { alt: 'Obraz' }),
    })
    expect(response.status).toBe(400)
  })
})
