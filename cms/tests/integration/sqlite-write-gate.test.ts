import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signIn } from '../support/rest'
import { variantPayload } from '../support/variant-payload'

/**
 * The embedded SQLite database under a write outside any transaction while saves run: what Payload's job scheduler
 * does every ten seconds (`payload-jobs-stats`, written through the adapter without a transaction). Before the
 * write gate (`src/sqlite-write-gate.ts`) that write failed with SQLITE_BUSY and left its connection on an old
 * snapshot: the next sign-in did not find an account just made, and every later save failed.
 */
describe('writes on the embedded SQLite database', () => {
  let payload: Payload
  let work: string

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-it-sqlite-gate-'))
    payload = await variantPayload({
      env: { DATABASE_URL: undefined, RATUSZ_SQLITE_FILE: path.join(work, 'ratusz.db') },
    })
  })

  afterAll(async () => {
    await payload?.destroy()
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('keeps every save and every scheduler write when they run at the same time, and signs in after them', async () => {
    const schedulerErrors: string[] = []
    const schedulerWrites = async (round: number) => {
      for (let write = 0; write < 4; write++) {
        await payload.db
          .updateGlobal({
            slug: 'payload-jobs-stats',
            data: { stats: { round, write } } as never,
            req: {} as never,
          })
          .catch((error: Error) => schedulerErrors.push(error.message))
        await new Promise((resolve) => setTimeout(resolve, write))
      }
    }
    const names = Array.from({ length: 15 }, (_, index) => `Sołectwo ${index}`)
    for (const [round, name] of names.entries()) {
      const scheduler = schedulerWrites(round)
      await payload.create({ collection: 'areas', data: { name, kind: 'solectwo' } as never })
      await scheduler
    }
    expect(schedulerErrors).toEqual([])
    const areas = await payload.find({ collection: 'areas', pagination: false, depth: 0 })
    expect(areas.docs.map((area) => (area as unknown as { name: string }).name).sort()).toEqual(
      [...names].sort(),
    )

    // The symptom CI saw: an account made while the scheduler writes, then its sign-in.
    const scheduler = schedulerWrites(99)
    const token = await signIn(payload, 'redaktor-gate@example.pl', ['editor'])
    await scheduler
    expect(token).toMatch(/\S{20,}/)
    expect(schedulerErrors).toEqual([])
  })
})
