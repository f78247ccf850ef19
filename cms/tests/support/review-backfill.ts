import type { Payload } from 'payload'
import { expect } from 'vitest'
import { createArticle, unique } from './articles'

/** Months end on different days: the database clamps 30 November + 3 months to 28 February, JavaScript to 2 March. */
const MONTH_END_SLACK = 3 * 86_400_000

type Up = (args: { db: never; payload: Payload; req: never }) => Promise<void>

/**
 * Checks a review-date backfill migration: an article saved before review dates existed (its date and its
 * versions' dates empty) gets today plus the settings' interval for articles (12 months when unset).
 */
export const expectReviewBackfill = async (payload: Payload, up: Up): Promise<void> => {
  const article = await createArticle(payload, { title: unique('Stary cennik'), status: 'published' })
  const raw = (statement: string) =>
    (payload.db as unknown as { execute: (args: object) => Promise<unknown> }).execute({
      drizzle: (payload.db as unknown as { drizzle: unknown }).drizzle,
      raw: statement,
    })
  await raw(`UPDATE articles SET review_by = NULL WHERE id = ${article.id}`)
  await raw(`UPDATE _articles_v SET version_review_by = NULL WHERE parent_id = ${article.id}`)
  const before = await payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
  expect((before as { reviewBy?: string | null }).reviewBy ?? null).toBeNull()

  await up({ db: (payload.db as unknown as { drizzle: never }).drizzle, payload, req: {} as never })

  const settings = (await payload.findGlobal({ slug: 'site-settings', depth: 0 })) as {
    review?: { articles?: number | null }
  }
  const due = new Date()
  due.setUTCMonth(due.getUTCMonth() + (settings.review?.articles ?? 12))
  for (const draft of [false, true]) {
    const after = (await payload.findByID({ collection: 'articles', id: article.id, depth: 0, draft })) as {
      reviewBy?: string
    }
    expect(Math.abs(Date.parse(after.reviewBy ?? '') - due.getTime())).toBeLessThan(MONTH_END_SLACK)
  }
}
