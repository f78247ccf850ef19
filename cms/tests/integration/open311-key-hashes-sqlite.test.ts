import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { down, up } from '../../src/migrations/sqlite/20261130_195207_open311_key_hashes'
import { expectOpen311KeysHashed } from '../support/open311-key-hashes'
import { variantPayload } from '../support/variant-payload'

describe('Open311 keys issued before they were stored hashed, on the embedded SQLite database', () => {
  let payload: Payload
  let work: string

  beforeAll(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-it-keys-'))
    payload = await variantPayload({
      env: { DATABASE_URL: undefined, RATUSZ_SQLITE_FILE: path.join(work, 'ratusz.db') },
    })
  })

  afterAll(async () => {
    await payload?.destroy()
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('keeps each key working as its hash and ending, and drops the key itself (the migration)', async () => {
    await expectOpen311KeysHashed(payload, { up: up as never, down: down as never })
  })
})
