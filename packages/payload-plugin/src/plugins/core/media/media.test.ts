import { describe, expect, it } from 'vitest'
import { mediaCollection } from './config'
import { validateAlt } from './validate-alt'

const check = (value: string | undefined, decorative: boolean, language = 'pl') =>
  validateAlt(value, { siblingData: { decorative }, req: { i18n: { language } } } as never)

describe('media', () => {
  it('requires alt text unless the image is decorative', () => {
    expect(check('Wójt przecina wstęgę', false)).toBe(true)
    expect(check('', false)).toBe('Wpisz tekst alternatywny albo zaznacz „Obraz ozdobny”.')
    expect(check('   ', false, 'en')).toBe('Enter alternative text or tick "Decorative image".')
    expect(check(undefined, true)).toBe(true)
  })

  it('accepts raster images only (never SVG) and makes WebP sizes', () => {
    const collection = mediaCollection({ dir: 'uploads' })
    const upload = collection.upload as { mimeTypes: string[]; imageSizes: { name: string; width: number }[] }
    expect(upload.mimeTypes).toEqual(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'])
    expect(upload.imageSizes.map(({ name, width }) => [name, width])).toEqual([
      ['thumbnail', 400],
      ['card', 800],
      ['hero', 1600],
    ])
    expect(upload.imageSizes.every((size) => JSON.stringify(size).includes('"webp"'))).toBe(true)
    expect(collection.fields.map((field) => ('name' in field ? field.name : ''))).toEqual([
      'alt',
      'decorative',
      'caption',
    ])
  })
})
