import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { up } from '../../src/migrations/sqlite/20261130_132952_backfill_review_dates'
import { expectReviewBackfill } from '../support/review-backfill'
import { variantPayload } from '../support/variant-payload'

describe('review dates for pages saved before they existed, on the embedded SQLite database', () => {
  let payload: Payload
  let work: string

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-it-review-'))
    payload = await variantPayload({
      env: { DATABASE_URL: undefined, RATUSZ_SQLITE_FILE: path.join(work, 'ratusz.db') },
    })
  })

  afterAll(async () => {
    await payload?.destroy()
    fs.rmSync(work, { recursive: true, force: true })
  })

  it("gives an article without a review date today plus the settings' interval (the migration)", async () => {
    await expectReviewBackfill(payload, up as never)
  })
})
