import { ValidationError, type PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { resolveOptions } from '../../options'
import { jpegBytes, pdfBytes } from '../../shared/test-files'
import { periodicalsPlugin } from './index'
import { checkPdfUpload } from './newsletter-issues/hooks/check-pdf-upload'
import { numberSegment } from './newsletter-issues/hooks/derive-issue-fields'
import { pageRanges } from './newsletter-issues/warning-messages'
import { endsLikePdf } from './pdf/inspect-pdf'
import { pdfWarnings } from './pdf/process-pdf'
import { isValidIssn } from './periodicals/validate-issn'

const check = async (data: Buffer, language = 'pl') => {
  const file = { data, name: 'numer.pdf', mimetype: 'application/octet-stream', size: data.length }
  const req = { file, i18n: { language }, user: { id: 1, roles: ['editor'] } } as unknown as PayloadRequest
  try {
    await checkPdfUpload({ maxFileSizeMB: 1 })({
      args: {} as never,
      collection: { slug: 'newsletter-issues' } as never,
      context: {},
      operation: 'create',
      req,
    })
    return { ok: true, mimetype: file.mimetype }
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    return { ok: false, message: error.data.errors[0]?.message }
  }
}

describe('periodicals plugin', () => {
  it('adds both collections and the PDF task once', () => {
    const plugin = periodicalsPlugin()
    const config = plugin(plugin({ collections: [] } as never))
    const slugs = (config.collections ?? []).map((collection) => collection.slug)
    expect(slugs).toEqual(['users', 'media', 'documents', 'periodicals', 'newsletter-issues'])
    expect(config.jobs?.tasks?.map((task) => task.slug)).toEqual(['processNewsletterPdf'])
    const issues = config.collections?.find((collection) => collection.slug === 'newsletter-issues')
    expect(issues?.upload).toMatchObject({ mimeTypes: ['application/pdf'] })
    expect(issues?.versions).toMatchObject({ drafts: { autosave: false } })
  })

  it('accepts a PDF by content and rejects a JPEG named .pdf, in Polish', async () => {
    expect(await check(pdfBytes())).toEqual({ ok: true, mimetype: 'application/pdf' })
    const rejected = await check(jpegBytes())
    expect(rejected.message).toContain('To nie jest plik PDF')
    expect((await check(jpegBytes(), 'en')).message).toContain('This is not a PDF file')
  })

  it('rejects a file over the hard limit and a PDF cut short', async () => {
    const big = Buffer.concat([pdfBytes(), Buffer.alloc(1.5 * 1024 * 1024, 0x20)])
    expect((await check(big)).message).toMatch(/Plik ma 1,6 MB, a limit dla numeru czasopisma to 1 MB/)
    const cut = pdfBytes().subarray(0, 200)
    expect(endsLikePdf(cut)).toBe(false)
    expect((await check(cut)).message).toContain('uszkodzony lub niekompletny')
  })

  it('turns a printed number into a URL segment', () => {
    expect(numberSegment('3/2022')).toBe('3-2022')
    expect(numberSegment('Dodatek 1/2024')).toBe('dodatek-1-2024')
    expect(numberSegment('Wydanie specjalne – Święto Lipy')).toBe('wydanie-specjalne-swieto-lipy')
  })

  it('checks ISSN check digits', () => {
    expect(isValidIssn('2081-3872')).toBe(true)
    expect(isValidIssn('0317-8471')).toBe(true)
    expect(isValidIssn('2081-3873')).toBe(false)
    expect(isValidIssn('20813872')).toBe(false)
  })

  it('warns about scans, missing titles, heavy files and unread pages', () => {
    const options = { maxPages: 2, warnFileSizeMB: 1 }
    const scan = {
      pageCount: 3,
      title: undefined,
      pages: [
        { page: 1, text: '' },
        { page: 2, text: ' ' },
      ],
    }
    expect(pdfWarnings(scan, 2 * 1024 * 1024, options).map((warning) => warning.code)).toEqual([
      'no-text',
      'no-title',
      'large',
      'truncated',
    ])
    const mixed = {
      pageCount: 2,
      title: 'Informator',
      pages: [
        { page: 1, text: 'Zażółć gęślą jaźń, czyli tekst strony pierwszej.' },
        { page: 2, text: '' },
      ],
    }
    expect(pdfWarnings(mixed, 1000, options)).toEqual([{ code: 'no-text-pages', pages: [2] }])
    expect(pageRanges([1, 2, 3, 7, 9, 10])).toBe('1–3, 7, 9–10')
  })

  it('validates its options', () => {
    expect(resolveOptions().periodicals.queue).toBe('pdf')
    expect(() => resolveOptions({ periodicals: { maxPages: 0 } })).toThrow('periodicals.maxPages')
  })
})
