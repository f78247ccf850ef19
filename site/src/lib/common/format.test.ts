import { describe, expect, it } from 'vitest'
import { describeDownload, formatFileSize, formatName } from './format'

describe('formatFileSize', () => {
  it('uses a Polish decimal comma and one decimal below ten', () => {
    expect(formatFileSize(0)).toBe('0 B')
    expect(formatFileSize(850)).toBe('850 B')
    expect(formatFileSize(4300)).toBe('4,2 kB')
    expect(formatFileSize(1_258_291)).toBe('1,2 MB')
    expect(formatFileSize(12_900_000)).toBe('12 MB')
    expect(formatFileSize(1024 * 1024)).toBe('1 MB')
    expect(formatFileSize(3 * 1024 ** 3)).toBe('3 GB')
  })
})

describe('formatName', () => {
  it('names formats by MIME type, then by extension', () => {
    expect(formatName('application/pdf')).toBe('PDF')
    expect(formatName('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('DOCX')
    expect(formatName('application/octet-stream', 'uchwala.xades')).toBe('XADES')
    expect(formatName('application/octet-stream', 'bez-rozszerzenia')).toBe('plik')
  })
})

describe('describeDownload', () => {
  it('says title, format and size', () => {
    expect(
      describeDownload({
        title: 'Regulamin',
        mimeType: 'application/pdf',
        filename: 'r.pdf',
        filesize: 1_258_291,
      }),
    ).toBe('Regulamin (PDF, 1,2 MB)')
  })
})
