import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { body, createArticle, unique } from '../support/articles'
import { testPayload } from '../support/payload'
import { rest, signIn } from '../support/rest'

describe('slugs', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('are made from the title with Polish transliteration', async () => {
    const article = await createArticle(payload, { title: 'Żółta łąka nad Lipówką', status: 'published' })
    expect(article.slug).toBe('zolta-laka-nad-lipowka')
  })

  it('are unique: the same title twice gives two slugs', async () => {
    const title = unique('Zebranie wiejskie')
    const first = await createArticle(payload, { title, status: 'published' })
    const second = await createArticle(payload, { title, status: 'published' })
    expect(second.slug).not.toBe(first.slug)
    expect(second.slug.startsWith(first.slug)).toBe(true)
  })

  it('refuse a typed slug that another article has, naming the field in Polish', async () => {
    const first = await createArticle(payload, { title: unique('Pierwszy'), status: 'published' })
    const editor = await signIn(payload, 'redaktor-slugi@example.pl', ['editor'])
    const clash = await rest(payload, 'POST', '/articles', {
      token: editor,
      body: {
        title: unique('Drugi'),
        slug: first.slug,
        lead: 'Zajawka',
        body: body('Treść'),
        author: 'Redakcja',
        _status: 'published',
      },
    })
    expect(clash.status).toBe(400)
    expect(clash.body.errors[0].data.errors).toEqual([
      { path: 'slug', message: 'Wartość musi być unikalna', tableName: 'articles' },
    ])
  })

  it('are editable, and normalized when typed', async () => {
    const article = await createArticle(payload, { title: unique('Edytowalny'), status: 'draft' })
    const updated = (await payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { slug: 'Nowy Adres Świetlicy' } as never,
    })) as unknown as { slug: string }
    expect(updated.slug).toBe('nowy-adres-swietlicy')
  })

  it('stay stable once published when the title changes', async () => {
    const article = await createArticle(payload, { title: unique('Stały adres'), status: 'published' })
    const updated = (await payload.update({
      collection: 'articles',
      id: article.id,
      data: { title: 'Zupełnie inny tytuł' } as never,
    })) as unknown as { slug: string; title: string }
    expect(updated.title).toBe('Zupełnie inny tytuł')
    expect(updated.slug).toBe(article.slug)
  })
})
