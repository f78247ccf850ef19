import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { articlesCollection } from './config'
import { defaultAuthor } from './hooks/default-author'
import { setPublishedAt } from './hooks/set-published-at'

const names = (fields: Field[]) => fields.map((field) => ('name' in field ? field.name : ''))

const publish = (data: Record<string, unknown>, originalDoc?: Record<string, unknown>) =>
  setPublishedAt({ data, originalDoc, operation: originalDoc ? 'update' : 'create' } as never) as Record<
    string,
    unknown
  >

describe('articles', () => {
  it('has the fields of the contract, areas only when asked', () => {
    expect(names(articlesCollection({ withAreas: true }).fields)).toEqual([
      'title',
      'slug',
      'lead',
      'body',
      'cover',
      'categories',
      'areas',
      'attachments',
      'featured',
      'author',
      'publishedAt',
      'reviewBy',
    ])
    expect(names(articlesCollection({ withAreas: false }).fields)).not.toContain('areas')
  })

  it('has drafts, scheduled publishing and at most 50 versions, newest first', () => {
    const collection = articlesCollection({ withAreas: false })
    expect(collection.versions).toMatchObject({
      drafts: { autosave: false, schedulePublish: expect.anything() },
      maxPerDoc: 50,
    })
    expect(collection.defaultSort).toBe('-publishedAt')
    expect(collection.admin?.useAsTitle).toBe('title')
    expect(collection.labels).toEqual({
      singular: { pl: 'Aktualność', en: 'News article' },
      plural: { pl: 'Aktualności', en: 'News' },
    })
  })

  it('sets publishedAt on first publication only', () => {
    expect(publish({ _status: 'draft' }).publishedAt).toBeUndefined()
    const published = publish({ _status: 'published' }).publishedAt as string
    expect(Date.now() - Date.parse(published)).toBeLessThan(5_000)
    expect(
      publish({ _status: 'published' }, { _status: 'draft', publishedAt: '2025-01-01T10:00:00.000Z' }),
    ).toEqual({
      _status: 'published',
      publishedAt: '2025-01-01T10:00:00.000Z',
    })
    expect(
      publish({ title: 'x', publishedAt: null }, { _status: 'published', publishedAt: '2025-01-01' }),
    ).toEqual({
      title: 'x',
      publishedAt: '2025-01-01',
    })
    expect(publish({ _status: 'published', publishedAt: '2024-12-24T18:00:00.000Z' }).publishedAt).toBe(
      '2024-12-24T18:00:00.000Z',
    )
  })

  it("signs an article with the editor's name when the author is empty", () => {
    const run = (data: Record<string, unknown>, originalDoc?: Record<string, unknown>) =>
      defaultAuthor({ data, originalDoc, req: { user: { id: 1, name: 'Anna Nowak' } } } as never)
    expect(run({ title: 'x' })).toEqual({ title: 'x', author: 'Anna Nowak' })
    expect(run({ author: '' })).toEqual({ author: 'Anna Nowak' })
    expect(run({ author: 'Referat Promocji' })).toEqual({ author: 'Referat Promocji' })
    expect(run({ title: 'y' }, { author: 'Jan Kowalski' })).toEqual({ title: 'y' })
  })
})
