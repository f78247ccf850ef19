import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { demoSettings } from '../../src/seed/content/settings'
import { body, unique } from '../support/articles'
import { up as backfillReviewDates } from '../../src/migrations/postgres/20261130_132839_backfill_review_dates'
import { testPayload } from '../support/payload'
import { expectReviewBackfill } from '../support/review-backfill'
import { rest, signIn } from '../support/rest'

const DAY = 86_400_000

/** The day `months` from now, as the field stores it. */
const monthsAhead = (months: number) => {
  const due = new Date()
  due.setUTCMonth(due.getUTCMonth() + months)
  return due.getTime()
}

describe('review dates ("Przejrzyj do")', () => {
  let payload: Payload
  let editor: string
  beforeAll(async () => {
    payload = await testPayload()
    editor = await signIn(payload, 'przeglad@example.pl', ['editor'])
  })

  const newArticle = async (data: Record<string, unknown> = {}) => {
    const res = await rest(payload, 'POST', '/articles', {
      token: editor,
      body: {
        title: unique('Godziny pracy'),
        lead: 'Urząd pracuje dłużej.',
        body: body('Od marca urząd pracuje do 17:00.'),
        author: 'Referat Organizacyjny',
        _status: 'published',
        ...data,
      },
    })
    expect(res.status).toBe(201)
    return res.body.doc as { reviewBy: string }
  }

  it("gives a new article the review day the site settings' interval sets, and keeps one the editor chose", async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { ...demoSettings, review: { articles: 3, bipDocuments: 24 } } as never,
    })
    const due = Date.parse((await newArticle()).reviewBy)
    expect(Math.abs(due - monthsAhead(3))).toBeLessThan(DAY)
    const chosen = await newArticle({ reviewBy: '2027-06-30T00:00:00.000Z' })
    expect(chosen.reviewBy).toBe('2027-06-30T00:00:00.000Z')
  })

  it('refuses a review interval outside 1–120 months', async () => {
    const admin = await signIn(payload, 'przeglad-admin@example.pl', ['admin'])
    const res = await rest(payload, 'POST', '/globals/site-settings', {
      token: admin,
      body: { ...demoSettings, review: { articles: 0 } },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/review\.articles/)
  })

  it('gives a page saved before review dates existed one when the backfill migration runs', async () => {
    await expectReviewBackfill(payload, backfillReviewDates as never)
  })
})
