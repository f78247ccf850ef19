import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoPdf } from '../../src/seed/files/pdfs'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

const form = (file: Buffer, name: string, data: object, type = 'application/octet-stream') => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(file)], { type }), name)
  body.append('_payload', JSON.stringify(data))
  return body
}

const html = '<html><body><script>alert(document.domain)</script></body></html>'

/** A real PDF that carries an HTML page in a comment line: a browser sniffing it would run the script. */
const pdfWithHtml = async () => {
  const pdf = await demoPdf({ title: 'Poliglota', paragraphs: ['Tekst'] })
  const firstLine = pdf.indexOf(0x0a) + 1
  return Buffer.concat([pdf.subarray(0, firstLine), Buffer.from(`%${html}\n`), pdf.subarray(firstLine)])
}

/**
 * GET of a CMS file URL through Payload's own handler, with the raw response (a file is not JSON); as a signed-in
 * editor when a token is given (a file no published content uses yet is private).
 */
const getFile = async (payload: Payload, urlPath: string, token?: string) =>
  handleEndpoints({
    config: payload.config,
    path: urlPath,
    request: new Request(`http://localhost:3000${urlPath}`, {
      headers: token ? { Authorization: `JWT ${token}` } : {},
    }),
  })

const documentsMessage = (detected: string) =>
  `Plik nie jest dokumentem PDF ani innym dozwolonym formatem (rozpoznano: ${detected}). ` +
  'Dozwolone: PDF, DOCX, XLSX, ODT, ODS, DOC, XLS, RTF, ZIP, TXT, CSV.'

const imageMessage = (detected: string) =>
  `Plik nie jest obrazem w dozwolonym formacie (rozpoznano: ${detected}). Dozwolone: JPEG, PNG, WebP, GIF, AVIF. ` +
  'Obrazów SVG nie przyjmujemy: zapisz logo jako PNG.'

const fileError = (body: { errors?: { data?: { errors?: { message: string }[] } }[] }) =>
  body.errors?.[0]?.data?.errors?.[0]?.message

describe('uploads are named and typed after their content, in every upload collection', () => {
  let payload: Payload
  let editor: string
  let bipEditor: string
  let png: Buffer

  beforeAll(async () => {
    payload = await testPayload()
    editor = await signIn(payload, 'redaktor-nazwy@example.pl', ['editor'])
    bipEditor = await signIn(payload, 'redaktor-bip-nazwy@example.pl', ['bip-editor'])
    png = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#2f8f46' } })
      .png()
      .toBuffer()
  })

  it('stores a PNG named x.html as x.png, image/png', async () => {
    const response = await rest(payload, 'POST', '/media', {
      token: editor,
      form: form(png, 'x.html', { alt: 'Zielony kwadrat' }, 'text/html'),
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.filename).toBe('x.png')
    expect(response.body.doc.mimeType).toBe('image/png')
  })

  it('gives an image without an extension the extension of its content', async () => {
    const response = await rest(payload, 'POST', '/media', {
      token: editor,
      form: form(png, 'zdjecie-bez-rozszerzenia', { alt: 'Zielony kwadrat' }),
    })
    expect(response.status).toBe(201)
    expect(response.body.doc.filename).toBe('zdjecie-bez-rozszerzenia.png')
    expect(response.body.doc.mimeType).toBe('image/png')
  })

  it('refuses an HTML page or an SVG as an image, in Polish', async () => {
    const page = await rest(payload, 'POST', '/media', {
      token: editor,
      form: form(Buffer.from(html), 'x.png', { alt: 'Strona' }, 'image/png'),
    })
    expect(page.status).toBe(400)
    expect(fileError(page.body)).toBe(imageMessage('nieznany format'))
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const logo = await rest(payload, 'POST', '/media', {
      token: editor,
      form: form(svg, 'logo.svg', { alt: 'Logo' }, 'image/svg+xml'),
    })
    expect(logo.status).toBe(400)
    expect(fileError(logo.body)).toBe(imageMessage('nieznany format'))
  })

  it('keeps images within their own size limit (1 MB in the tests)', async () => {
    const big = await sharp(crypto.randomBytes(800 * 800 * 3), {
      raw: { width: 800, height: 800, channels: 3 },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    const response = await rest(payload, 'POST', '/media', {
      token: editor,
      form: form(big, 'duze-zdjecie.png', { alt: 'Szum' }, 'image/png'),
    })
    expect(response.status).toBe(400)
    const sizeMB = String(Math.ceil((big.length / 1024 / 1024) * 10) / 10).replace('.', ',')
    expect(fileError(response.body)).toBe(
      `Obraz ma ${sizeMB} MB, a limit dla obrazów to 1 MB. ` +
        'Zapisz go w mniejszej rozdzielczości (np. 2000 pikseli szerokości) i wyślij ponownie.',
    )
  })

  it('stores a PDF with HTML inside, named x.html, as x.pdf, application/pdf (documents and BIP files)', async () => {
    const pdf = await pdfWithHtml()
    const document = await rest(payload, 'POST', '/documents', {
      token: editor,
      form: form(pdf, 'x.html', { title: 'Poliglota' }, 'text/html'),
    })
    expect(document.status).toBe(201)
    expect(document.body.doc.filename).toBe('x.pdf')
    expect(document.body.doc.mimeType).toBe('application/pdf')
    const bipFile = await rest(payload, 'POST', '/bip-files', {
      token: bipEditor,
      form: form(pdf, 'x.html', { title: 'Poliglota w BIP' }, 'text/html'),
    })
    expect(bipFile.status).toBe(201)
    expect(bipFile.body.doc.filename).toBe('x.pdf')
    expect(bipFile.body.doc.mimeType).toBe('application/pdf')
  })

  it('gives a PDF and a text file without an extension the right one', async () => {
    // Names of their own: the uploads folder is shared with other test files (a clash would add "-1").
    const base = `regulamin-${crypto.randomUUID().slice(0, 8)}`
    const pdf = await demoPdf({ title: 'Regulamin', paragraphs: ['Tekst'] })
    const document = await rest(payload, 'POST', '/documents', {
      token: editor,
      form: form(pdf, base, { title: 'Regulamin bez rozszerzenia' }),
    })
    expect(document.status).toBe(201)
    expect(document.body.doc.filename).toBe(`${base}.pdf`)
    expect(document.body.doc.mimeType).toBe('application/pdf')
    const text = await rest(payload, 'POST', '/documents', {
      token: editor,
      form: form(Buffer.from('Ogłoszenie wójta\n'), `${base}-ogloszenie`, { title: 'Ogłoszenie' }),
    })
    expect(text.status).toBe(201)
    expect(text.body.doc.filename).toBe(`${base}-ogloszenie.txt`)
    expect(text.body.doc.mimeType).toBe('text/plain')
  })

  it('refuses an HTML page named x.pdf, in Polish', async () => {
    const response = await rest(payload, 'POST', '/documents', {
      token: editor,
      form: form(Buffer.from(html), 'x.pdf', { title: 'Strona' }, 'application/pdf'),
    })
    expect(response.status).toBe(400)
    expect(fileError(response.body)).toBe(documentsMessage('nieznany format'))
    const bip = await rest(payload, 'POST', '/bip-files', {
      token: bipEditor,
      form: form(Buffer.from(html), 'x.pdf', { title: 'Strona' }, 'application/pdf'),
    })
    expect(bip.status).toBe(400)
    expect(fileError(bip.body)).toBe(documentsMessage('nieznany format'))
  })

  it('stores a periodical issue PDF named x.html as x.pdf', async () => {
    const created = await rest(payload, 'POST', '/periodicals', {
      token: editor,
      body: { title: 'Informator Nazw', publisher: 'Urząd Gminy', frequency: 'monthly' },
    })
    expect(created.status).toBe(201)
    const issue = await rest(payload, 'POST', '/newsletter-issues', {
      token: editor,
      form: form(
        await pdfWithHtml(),
        'x.html',
        { periodical: created.body.doc.id, number: '1/2025', publishedOn: '2025-01-15T10:00:00.000Z' },
        'text/html',
      ),
    })
    expect(issue.status).toBe(201)
    expect(issue.body.doc.filename).toBe('x.pdf')
    expect(issue.body.doc.mimeType).toBe('application/pdf')
  })
})

describe("the CMS's file URLs", () => {
  let payload: Payload
  let editor: string

  beforeAll(async () => {
    payload = await testPayload()
    editor = await signIn(payload, 'redaktor-pliki-url@example.pl', ['editor'])
  })

  it('answer 404, not 500, for a file no record has', async () => {
    const media = await getFile(payload, '/api/media/file/does-not-exist.png', editor)
    expect(media.status).toBe(404)
    expect(await media.json()).toEqual({ errors: [{ message: 'Nie ma takiego pliku.' }] })
    expect((await getFile(payload, '/api/documents/file/does-not-exist.pdf', editor)).status).toBe(404)
    expect((await getFile(payload, '/api/media/file/does-not-exist.png')).status).toBe(404)
  })

  it('answer 404 for a record whose file was removed from disk', async () => {
    const pdf = await demoPdf({ title: 'Usunięty', paragraphs: ['Tekst'] })
    const created = await rest(payload, 'POST', '/documents', {
      token: editor,
      form: form(pdf, 'usuniety.pdf', { title: 'Usunięty z dysku' }),
    })
    expect(created.status).toBe(201)
    const filename = created.body.doc.filename as string
    expect((await getFile(payload, `/api/documents/file/${filename}`, editor)).status).toBe(200)
    fs.rmSync(path.join(process.env.RATUSZ_UPLOADS_DIR!, 'documents', filename))
    expect((await getFile(payload, `/api/documents/file/${filename}`, editor)).status).toBe(404)
  })

  it('serve text as plain text with its charset and nosniff', async () => {
    const created = await rest(payload, 'POST', '/documents', {
      token: editor,
      form: form(Buffer.from(`Ogłoszenie ${html}\n`), 'ogloszenie-html.txt', { title: 'Tekst z HTML' }),
    })
    expect(created.status).toBe(201)
    const response = await getFile(payload, `/api/documents/file/${created.body.doc.filename}`, editor)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('never serve a file stored before names followed content (x.html) as HTML', async () => {
    const pdf = await demoPdf({ title: 'Stary', paragraphs: ['Tekst'] })
    const created = await rest(payload, 'POST', '/documents', {
      token: editor,
      form: form(pdf, 'stary.pdf', { title: 'Stary plik' }),
    })
    expect(created.status).toBe(201)
    // What an older version stored: the editor's name, a page of HTML on disk.
    const dir = path.join(process.env.RATUSZ_UPLOADS_DIR!, 'documents')
    fs.writeFileSync(path.join(dir, 'stary.html'), html)
    await payload.db.updateOne({
      collection: 'documents',
      id: created.body.doc.id,
      data: { filename: 'stary.html', mimeType: 'text/html' },
    })
    const response = await getFile(payload, '/api/documents/file/stary.html', editor)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/octet-stream')
    expect(response.headers.get('content-disposition')).toBe('attachment')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
