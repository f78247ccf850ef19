import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { newsletterIssue, periodical } from '@ratusz/contract'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'
import {
  GOOD_ISSUE_PAGES,
  goodPdf,
  heavyPdf,
  jpegAsPdf,
  passwordPdf,
  restrictedPdf,
  truncatedPdf,
  untitledPdf,
} from './periodicals-fixtures'

const form = (file: Buffer, name: string, data: object) => {
  const body = new FormData()
  body.append('file', new Blob([new Uint8Array(file)], { type: 'application/pdf' }), name)
  body.append('_payload', JSON.stringify(data))
  return body
}

const uploadsDir = () => path.join(process.env.RATUSZ_UPLOADS_DIR!, 'periodicals')
const storedFiles = () => (fs.existsSync(uploadsDir()) ? fs.readdirSync(uploadsDir()) : [])

describe('periodicals and their PDF archive', () => {
  let payload: Payload
  let editor: string
  let periodicalId: number
  let number = 0
  const issueData = (extra: object = {}) => {
    number += 1
    return {
      periodical: periodicalId,
      number: `${number}/2024`,
      publishedOn: '2024-03-15T10:00:00.000Z',
      ...extra,
    }
  }
  const upload = (file: Buffer, name: string, extra: object = {}) =>
    rest(payload, 'POST', '/newsletter-issues', { token: editor, form: form(file, name, issueData(extra)) })
  const runPdfJobs = () => payload.jobs.run({ queue: 'pdf', limit: 10 })
  const issue = async (id: number) =>
    (await payload.findByID({ collection: 'newsletter-issues', id, depth: 1, draft: true })) as any

  beforeAll(async () => {
    payload = await testPayload()
    editor = await signIn(payload, 'redaktor-informator@example.pl', ['editor'])
    const created = await rest(payload, 'POST', '/periodicals', {
      token: editor,
      body: {
        title: 'Informator Testowy',
        publisher: 'Urząd Gminy',
        frequency: 'bimonthly',
        issn: '2081-3872',
      },
    })
    expect(created.status).toBe(201)
    expect(periodical.parse(created.body.doc).slug).toBe('informator-testowy')
    periodicalId = created.body.doc.id
  })

  it('reads a good PDF in a job: pages, text with Polish letters, metadata, cover, warnings', async () => {
    const pdf = await goodPdf()
    const response = await upload(pdf, 'informator-3-2024.pdf', {
      _status: 'published',
      contents: [{ title: 'Zażółć gęślą jaźń w świetlicy', page: 3 }],
    })
    expect(response.status).toBe(201)
    const id = response.body.doc.id
    expect(response.body.doc.processing.status).toBe('queued')
    expect(response.body.doc.urlSegment).toMatch(/^\d+-2024$/)

    await runPdfJobs()
    const done = await issue(id)
    expect(done.processing.status).toBe('done')
    expect(done.pageCount).toBe(GOOD_ISSUE_PAGES)
    expect(done.filesize).toBe(pdf.length)
    expect(done.pdfTitle).toBe('Informator Testowy nr 3/2024')
    expect(done.pdfLanguage).toBe('pl-PL')
    expect(done.pages).toHaveLength(GOOD_ISSUE_PAGES)
    expect(done.pages[2].text).toContain('Zażółć gęślą jaźń w świetlicy')
    expect(done.pages[2].text).toContain('Źrebię żółwia łączy się z gęsią')
    expect(done.pages[1].text).toContain('Harmonogram odbioru odpadów')
    // the article's heading stays apart from its text (the site shows each block as a paragraph)
    expect(done.pages[3].text).toBe(
      'Harmonogram odbioru odpadów\n\nOdpady zmieszane odbierane są co dwa tygodnie.',
    )
    expect(done.pages[5].text).toBe('')
    expect(done.processing.warnings.map((w: { code: string }) => w.code)).toEqual(['no-text-pages'])
    expect(done.processing.warnings[0].message).toContain('Strony bez tekstu')
    expect(done.generatedCover.alt).toBe(`Okładka: Informator Testowy nr ${done.number}`)
    expect(done.generatedCover.width).toBe(1000)
    expect(done.generatedCover.sizes.thumbnail.width).toBe(400)

    const anonymous = await rest(payload, 'GET', `/newsletter-issues/${id}?depth=1`)
    expect(anonymous.status).toBe(200)
    const parsed = newsletterIssue.parse(anonymous.body)
    expect(parsed.contents[0]?.page).toBe(3)
    expect(parsed.pageCount).toBe(GOOD_ISSUE_PAGES)
  })

  it('warns about a PDF without a title and keeps an editor-given cover', async () => {
    const jpeg = await jpegAsPdf()
    const cover = await payload.create({
      collection: 'media',
      data: { alt: 'Okładka numeru' } as never,
      file: { data: jpeg, mimetype: 'image/jpeg', name: 'okladka-wlasna.jpg', size: jpeg.length },
    })
    const response = await upload(await untitledPdf(), 'bez-tytulu.pdf', { cover: cover.id })
    expect(response.status).toBe(201)
    await runPdfJobs()
    const done = await issue(response.body.doc.id)
    expect(done.processing.warnings.map((w: { code: string }) => w.code)).toEqual(['no-title'])
    expect(done.processing.warnings[0].message).toContain('nie ma tytułu')
    expect(done.cover.id).toBe(cover.id)
    expect(done.generatedCover).toBeFalsy()
  })

  it('keeps drafts from the public', async () => {
    const response = await upload(await untitledPdf(), 'szkic.pdf', { _status: 'draft' })
    expect(response.status).toBe(201)
    await runPdfJobs()
    const done = await issue(response.body.doc.id)
    expect(done.processing.status).toBe('done')
    expect(done._status).toBe('draft')
    const anonymous = await rest(payload, 'GET', `/newsletter-issues/${response.body.doc.id}`)
    expect(anonymous.status).toBe(404)
  })

  it.each([
    [
      'a JPEG renamed to .pdf',
      jpegAsPdf,
      'To nie jest plik PDF, choć może mieć taką nazwę (rozpoznano: image/jpeg)',
    ],
    ['a truncated PDF', truncatedPdf, 'jest uszkodzony lub niekompletny'],
    ['a password-protected PDF', passwordPdf, 'PDF jest chroniony hasłem'],
    ['an encrypted PDF without an open password', restrictedPdf, 'PDF jest zaszyfrowany'],
  ])('rejects %s with a Polish message and stores nothing', async (_, make, expected) => {
    const before = await payload.count({ collection: 'newsletter-issues', draft: true } as never)
    const files = storedFiles()
    const response = await upload(await make(), 'odrzucony.pdf')
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'file' })
    expect(response.body.errors[0].data.errors[0].message).toContain(expected)
    const after = await payload.count({ collection: 'newsletter-issues', draft: true } as never)
    expect(after.totalDocs).toBe(before.totalDocs)
    expect(storedFiles()).toEqual(files)
  })

  it('rejects a PDF over the hard limit and warns above the soft one', async () => {
    const tooBig = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(41 * 1024 * 1024, 0x20)])
    const refused = await payload
      .create({
        collection: 'newsletter-issues',
        data: issueData() as never,
        file: { data: tooBig, mimetype: 'application/pdf', name: 'ogromny.pdf', size: tooBig.length },
      })
      .then(
        () => undefined,
        (error: { data?: { errors?: { message: string }[] } }) => error.data?.errors?.[0]?.message,
      )
    expect(refused).toBe(
      'Plik ma 41,1 MB, a limit dla numeru czasopisma to 40 MB. Zmniejsz PDF (np. eksportuj z kompresją obrazów) i wyślij ponownie.',
    )

    const heavy = await heavyPdf(16)
    const created = await payload.create({
      collection: 'newsletter-issues',
      data: issueData() as never,
      file: { data: heavy, mimetype: 'application/pdf', name: 'ciezki.pdf', size: heavy.length },
    })
    await runPdfJobs()
    const done = await issue(created.id as number)
    expect(done.filesize).toBe(heavy.length)
    const large = done.processing.warnings.find((w: { code: string }) => w.code === 'large')
    expect(large?.message).toMatch(/PDF ma 16(,\d)? MB, więcej niż zalecane 15 MB/)
  })

  it('refuses a second issue with the same number and year, and a supplement without a subject', async () => {
    const pdf = await untitledPdf()
    const first = await upload(pdf, 'a.pdf')
    expect(first.status).toBe(201)
    const same = await rest(payload, 'POST', '/newsletter-issues', {
      token: editor,
      form: form(pdf, 'b.pdf', {
        periodical: periodicalId,
        number: first.body.doc.number,
        publishedOn: '2024-05-01T10:00:00.000Z',
      }),
    })
    expect(same.status).toBe(400)
    expect(JSON.stringify(same.body)).toContain('już jest w tym czasopiśmie')
    const supplement = await upload(pdf, 'c.pdf', { kind: 'supplement' })
    expect(supplement.status).toBe(400)
    expect(JSON.stringify(supplement.body)).toContain('Wpisz temat dodatku')
  })
})
