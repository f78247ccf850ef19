import { describe, expect, it } from 'vitest'
import { area, document, relationId, richText } from './index'

const at = '2025-06-14T16:00:00.000Z'

const paths = (result: { error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? []

describe('document', () => {
  const pdf = {
    id: 4,
    title: 'Regulamin',
    url: '/api/documents/file/regulamin.pdf',
    filename: 'regulamin.pdf',
    mimeType: 'application/pdf',
    filesize: 52_311,
    createdAt: at,
    updatedAt: at,
  }

  it('accepts an uploaded document as REST gives it, unchanged', () => {
    expect(document.parse(pdf)).toEqual(pdf)
  })

  it('refuses a document without a file name or with a negative or fractional size', () => {
    expect(paths(document.safeParse({ ...pdf, filename: '', filesize: -1 }))).toEqual([
      'filename',
      'filesize',
    ])
    expect(paths(document.safeParse({ ...pdf, filesize: 1.5 }))).toEqual(['filesize'])
  })
})

describe('area', () => {
  const debina = {
    id: 2,
    name: 'Dębina',
    slug: 'debina',
    kind: 'solectwo',
    description: null,
    createdAt: at,
    updatedAt: at,
  }

  it('accepts an area and keeps a missing description missing', () => {
    expect(area.parse(debina)).toEqual(debina)
    const { description: _description, ...withoutDescription } = debina
    expect(area.parse(withoutDescription)).toEqual(withoutDescription)
  })

  it('refuses an unknown kind, an empty name and an untransliterated slug', () => {
    expect(paths(area.safeParse({ ...debina, kind: 'gmina', name: '', slug: 'Dębina' }))).toEqual([
      'name',
      'slug',
      'kind',
    ])
  })
})

describe('relationId', () => {
  it('reads a relation as its id at any depth', () => {
    expect(relationId.parse(3)).toBe(3)
    expect(relationId.parse('a1b2')).toBe('a1b2')
    expect(relationId.parse({ id: 3, name: 'Uchwały' })).toBe(3)
  })

  it('refuses an empty string id and an object without an id', () => {
    expect(relationId.safeParse('').success).toBe(false)
    expect(relationId.safeParse({ name: 'Uchwały' }).success).toBe(false)
  })
})

describe('richText', () => {
  const body = {
    root: {
      type: 'root',
      direction: 'ltr',
      children: [
        { type: 'paragraph', version: 1, format: 'center', children: [{ type: 'text', text: 'Zapraszamy' }] },
        { type: 'upload', relationTo: 'media', value: { id: 3 } },
      ],
    },
  }

  it('keeps every node and its unknown keys as they are, for the renderer to pick from', () => {
    expect(richText.parse(body)).toEqual(body)
  })

  it('refuses a root of another type and a node without a type, naming the path', () => {
    expect(paths(richText.safeParse({ root: { type: 'paragraph', children: [] } }))).toEqual(['root.type'])
    const broken = { root: { type: 'root', children: [{ type: 'paragraph', children: [{ text: 'x' }] }] } }
    expect(paths(richText.safeParse(broken))).toEqual(['root.children.0.children.0.type'])
  })

  it('refuses a missing body', () => {
    expect(paths(richText.safeParse({}))).toEqual(['root'])
  })
})
