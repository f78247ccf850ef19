import type { PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { safeFilename, transliterateFilename } from './safe-filename'

describe('safeFilename', () => {
  it.each([
    ['Uchwała nr 1 (skan).PDF', 'uchwala-nr-1-skan.pdf'],
    ['Żółta łąka.jpeg', 'zolta-laka.jpeg'],
    ['README', 'readme'],
    ['!!!.docx', 'plik.docx'],
    ['raport.2025.xlsx', 'raport-2025.xlsx'],
  ])('%s → %s', (input, expected) => {
    expect(safeFilename(input)).toBe(expected)
  })

  it('renames the uploaded file of a create or update', async () => {
    const req = { file: { name: 'Łąka.PNG' } } as unknown as PayloadRequest
    await transliterateFilename({ args: {}, operation: 'create', req } as never)
    expect(req.file?.name).toBe('laka.png')
  })
})
