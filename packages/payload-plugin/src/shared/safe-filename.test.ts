import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { nameUploadByContent, storedFilename } from './safe-filename'

describe('storedFilename', () => {
  it.each([
    ['Uchwała nr 1 (skan).PDF', 'application/pdf', 'uchwala-nr-1-skan.pdf'],
    ['Żółta łąka.jpeg', 'image/jpeg', 'zolta-laka.jpg'],
    ['README', 'text/plain', 'readme.txt'],
    ['!!!.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'plik.docx'],
    [
      'raport.2025.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'raport-2025.xlsx',
    ],
    ['raport.2025', 'application/pdf', 'raport-2025.pdf'],
    ['x.html', 'image/png', 'x.png'],
    ['x.html', 'application/pdf', 'x.pdf'],
    ['zdjecie', 'image/webp', 'zdjecie.webp'],
    ['.htaccess', 'text/plain', 'htaccess.txt'],
  ])('%s of type %s → %s', (input, mimeType, expected) => {
    expect(storedFilename(input, mimeType)).toBe(expected)
  })

  it('names no file of a type outside the list', () => {
    expect(storedFilename('x.html', 'text/html')).toBeUndefined()
    expect(storedFilename('logo.svg', 'image/svg+xml')).toBeUndefined()
  })
})

describe('nameUploadByContent', () => {
  const hook = nameUploadByContent(['image/png', 'application/pdf'])
  const run = (file: { name: string; mimetype: string }) => {
    const req = { file, i18n: { language: 'pl' } } as unknown as PayloadRequest
    // The hook is synchronous (it throws or renames at once); its type allows a promise.
    void hook({ args: {}, operation: 'create', req, collection: { slug: 'media' } } as never)
    return req.file?.name
  }

  it('gives the uploaded file the extension of its sniffed type', () => {
    expect(run({ name: 'Łąka.HTML', mimetype: 'image/png' })).toBe('laka.png')
    expect(run({ name: 'skan', mimetype: 'application/pdf' })).toBe('skan.pdf')
  })

  it('refuses a type outside the collection list with a Polish message', () => {
    expect(() => run({ name: 'x.html', mimetype: 'text/html' })).toThrow(
      expect.objectContaining({
        data: expect.objectContaining({
          errors: [
            {
              path: 'file',
              message:
                'Plik nie jest dokumentem PDF ani innym dozwolonym formatem (rozpoznano: text/html). Dozwolone: PNG, PDF.',
            },
          ],
        }),
      }),
    )
  })
})
