import type { Payload } from 'payload'
import { paragraphsBody } from '../../src/seed/rich-text'

/** A minimal valid Lexical body: one paragraph per text. */
export const body = (...texts: string[]) => paragraphsBody(texts)

type ArticleInput = { title: string; status: 'published' | 'draft'; slug?: string }

/** Creates an article through the Local API (as a trusted script would). */
export const createArticle = async (payload: Payload, { title, status, slug }: ArticleInput) =>
  (await payload.create({
    collection: 'articles',
    draft: status === 'draft',
    data: {
      title,
      ...(slug ? { slug } : {}),
      lead: `Zajawka: ${title}`,
      body: body(`Treść: ${title}`),
      author: 'Referat Promocji',
      _status: status,
    } as never,
  })) as unknown as { id: number; slug: string; title: string }

export const unique = (label: string) =>
  `${label} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
