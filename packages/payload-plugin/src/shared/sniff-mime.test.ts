import { describe, expect, it } from 'vitest'
import { checkDocument } from './check-document'
import { DEFAULT_DOCUMENT_MIME_TYPES, documentTypeNames } from './document-types'
import { looksLikeText, sniffMimeType } from './sniff-mime'
import { jpegBytes, pdfBytes, textBytes } from './test-files'

describe('sniffMimeType', () => {
  it('recognizes a PDF by its content', async () => {
    expect(await sniffMimeType(pdfBytes(), 'uchwala.pdf')).toBe('application/pdf')
  })

  it('recognizes a JPEG renamed to .pdf as a JPEG', async () => {
    expect(await sniffMimeType(jpegBytes(), 'uchwala.pdf')).toBe('image/jpeg')
  })

  it('recognizes UTF-8 text only under a text name', async () => {
    expect(await sniffMimeType(textBytes(), 'ogloszenie.txt')).toBe('text/plain')
    expect(await sniffMimeType(textBytes(), 'dane.csv')).toBe('text/csv')
    expect(await sniffMimeType(textBytes(), 'skan.pdf')).toBeUndefined()
  })

  it('does not take binary junk for text', async () => {
    expect(looksLikeText(Buffer.from([0x00, 0x01, 0x02]))).toBe(false)
    expect(await sniffMimeType(Buffer.from([0x00, 0x9f, 0x92, 0x96]), 'x.txt')).toBeUndefined()
  })
})

describe('checkDocument', () => {
  const limits = { allowedMimeTypes: DEFAULT_DOCUMENT_MIME_TYPES, maxFileSizeMB: 20 }

  it('accepts a PDF and returns the sniffed type', async () => {
    const bytes = pdfBytes()
    expect(await checkDocument({ ...limits, bytes, filename: 'a.pdf', size: bytes.length })).toEqual({
      ok: true,
      mimeType: 'application/pdf',
    })
  })

  it('rejects a JPEG renamed to .pdf, naming what it is', async () => {
    const bytes = jpegBytes()
    expect(await checkDocument({ ...limits, bytes, filename: 'a.pdf', size: bytes.length })).toEqual({
      ok: false,
      problem: 'type',
      detected: 'image/jpeg',
    })
  })

  it('rejects files over the limit without reading them', async () => {
    let read = false
    const result = await checkDocument({
      ...limits,
      maxFileSizeMB: 1,
      bytes: async () => {
        read = true
        return pdfBytes()
      },
      filename: 'a.pdf',
      size: 3 * 1024 * 1024,
    })
    expect(result).toEqual({ ok: false, problem: 'too-large', sizeMB: 3, limitMB: 1 })
    expect(read).toBe(false)
  })

  it('rejects empty files', async () => {
    expect(await checkDocument({ ...limits, bytes: Buffer.alloc(0), filename: 'a.pdf', size: 0 })).toEqual({
      ok: false,
      problem: 'empty',
    })
  })

  it('names allowed types the way editors know them', () => {
    expect(documentTypeNames(['application/pdf', 'application/vnd.oasis.opendocument.text', 'x/y'])).toBe(
      'PDF, ODT, x/y',
    )
  })
})
