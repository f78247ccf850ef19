import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { down, up } from '../../src/migrations/postgres/20261130_195036_open311_key_hashes'
import { expectOpen311KeysHashed } from '../support/open311-key-hashes'
import { testPayload } from '../support/payload'

describe('Open311 keys issued before they were stored hashed, on PostgreSQL', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('keeps each key working as its hash and ending, and drops the key itself (the migration)', async () => {
    await expectOpen311KeysHashed(payload, { up: up as never, down: down as never })
  })
})
