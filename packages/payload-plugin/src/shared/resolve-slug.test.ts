import { describe, expect, it } from 'vitest'
import { resolveSlug, wasEverPublished } from './resolve-slug'

const base = { sourceField: 'title', hasDrafts: true }

describe('resolveSlug', () => {
  it('makes the slug from the title when empty', () => {
    expect(resolveSlug({ ...base, value: '', source: 'Żółta łąka' })).toEqual({
      slug: 'zolta-laka',
      generated: true,
    })
    expect(resolveSlug({ ...base, value: undefined, source: 'Święto Ziemniaka 2025!' }).slug).toBe(
      'swieto-ziemniaka-2025',
    )
  })

  it('normalizes a typed slug with the same transliteration', () => {
    expect(resolveSlug({ ...base, value: 'Moja Łąka', source: 'Tytuł' })).toEqual({
      slug: 'moja-laka',
      generated: false,
    })
  })

  it('has nothing to make a slug from without a title', () => {
    expect(resolveSlug({ ...base, value: '', source: '' })).toEqual({ slug: undefined, generated: false })
  })

  it('follows a changed title while never published', () => {
    const originalDoc = { title: 'Stary tytuł', slug: 'stary-tytul', _status: 'draft' }
    expect(resolveSlug({ ...base, value: 'stary-tytul', source: 'Nowy tytuł', originalDoc }).slug).toBe(
      'nowy-tytul',
    )
  })

  it('keeps a hand-made slug of a draft when the title changes', () => {
    const originalDoc = { title: 'Stary tytuł', slug: 'wlasny', _status: 'draft' }
    expect(resolveSlug({ ...base, value: 'wlasny', source: 'Nowy tytuł', originalDoc }).slug).toBe('wlasny')
  })

  it('never changes the slug of a published document when the title changes', () => {
    const originalDoc = { title: 'Stary tytuł', slug: 'stary-tytul', _status: 'published' }
    expect(resolveSlug({ ...base, value: 'stary-tytul', source: 'Nowy tytuł', originalDoc }).slug).toBe(
      'stary-tytul',
    )
    expect(resolveSlug({ ...base, value: '', source: 'Nowy tytuł', originalDoc }).slug).toBe('stary-tytul')
  })

  it('treats a draft with a publication date as once published', () => {
    const originalDoc = { title: 'A', slug: 'a', _status: 'draft', publishedAt: '2025-01-01T10:00:00.000Z' }
    expect(resolveSlug({ ...base, value: 'a', source: 'B', originalDoc }).slug).toBe('a')
  })

  it('treats any saved document of a collection without drafts as published', () => {
    expect(wasEverPublished({ name: 'x' }, false)).toBe(true)
    expect(wasEverPublished(undefined, false)).toBe(false)
    const originalDoc = { name: 'Stara', slug: 'stara' }
    expect(
      resolveSlug({ value: 'stara', source: 'Nowa', originalDoc, sourceField: 'name', hasDrafts: false })
        .slug,
    ).toBe('stara')
  })
})
