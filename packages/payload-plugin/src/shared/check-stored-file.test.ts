import { describe, expect, it } from 'vitest'
import { checkStoredFile } from './check-stored-file'

const check = checkStoredFile(['image/png', 'text/plain'])
const run = (data: object, originalDoc?: object) =>
  check({
    data,
    originalDoc,
    operation: originalDoc ? 'update' : 'create',
    req: { i18n: { language: 'pl' } },
    collection: { slug: 'media' },
  } as never)

const refusal = (data: object): string => {
  try {
    run(data)
  } catch (error) {
    return (error as { data: { errors: { message: string }[] } }).data.errors[0]!.message
  }
  throw new Error('expected a refusal')
}

describe('checkStoredFile', () => {
  it('lets a file through whose name ends with its allowed type', () => {
    expect(run({ filename: 'x.png', mimeType: 'image/png' })).toEqual({
      filename: 'x.png',
      mimeType: 'image/png',
    })
    expect(run({ filename: 'x-1.txt', mimeType: 'text/plain' })).toEqual({
      filename: 'x-1.txt',
      mimeType: 'text/plain',
    })
  })

  it('refuses a name that does not follow the type, or a type outside the list', () => {
    expect(refusal({ filename: 'x.html', mimeType: 'image/png' })).toBe(
      'Plik nie jest dokumentem PDF ani innym dozwolonym formatem (rozpoznano: image/png). Dozwolone: PNG, TXT.',
    )
    expect(refusal({ filename: 'x.html', mimeType: 'text/html' })).toBe(
      'Plik nie jest dokumentem PDF ani innym dozwolonym formatem (rozpoznano: text/html). Dozwolone: PNG, TXT.',
    )
    expect(refusal({ filename: 'x', mimeType: 'text/plain' })).toBe(
      'Plik nie jest dokumentem PDF ani innym dozwolonym formatem (rozpoznano: text/plain). Dozwolone: PNG, TXT.',
    )
  })

  it('leaves a record whose file did not change alone', () => {
    const stored = { filename: 'stary.html', mimeType: 'image/png' }
    expect(run({ ...stored, title: 'Nowy' }, stored)).toEqual({ ...stored, title: 'Nowy' })
    expect(run({ title: 'Nowy' }, stored)).toEqual({ title: 'Nowy' })
  })
})
