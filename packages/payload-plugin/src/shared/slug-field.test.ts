import type { PayloadRequest } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import { generateSlug, slugField } from './slug-field'

const fakeReq = (taken: string[]) =>
  ({
    payload: {
      count: vi.fn(async ({ where }: { where: { slug: { equals: string } } }) => ({
        totalDocs: taken.includes(where.slug.equals) ? 1 : 0,
      })),
    },
  }) as unknown as PayloadRequest

const run = (args: Record<string, unknown>) =>
  generateSlug('title')({
    collection: { slug: 'articles', versions: { drafts: {} } },
    ...args,
  } as unknown as Parameters<ReturnType<typeof generateSlug>>[0])

describe('slugField', () => {
  it('is a unique, indexed, required text field in the sidebar with Polish labels', () => {
    const field = slugField('name')
    expect(field).toMatchObject({ name: 'slug', type: 'text', unique: true, index: true, required: true })
    expect(field.admin?.position).toBe('sidebar')
    expect(field.label).toMatchObject({ pl: 'Adres (slug)' })
  })

  it('generates a slug from the title with Polish transliteration', async () => {
    expect(await run({ value: '', data: { title: 'Żółta łąka' }, req: fakeReq([]) })).toBe('zolta-laka')
  })

  it('adds a number when a generated slug is taken', async () => {
    expect(
      await run({ value: '', data: { title: 'Zebranie' }, req: fakeReq(['zebranie', 'zebranie-2']) }),
    ).toBe('zebranie-3')
  })

  it('keeps and normalizes a typed slug without looking for clashes', async () => {
    const req = fakeReq(['moja-laka'])
    expect(await run({ value: 'Moja ŁĄKA', data: { title: 'x' }, req })).toBe('moja-laka')
    expect(req.payload.count).not.toHaveBeenCalled()
  })
})
