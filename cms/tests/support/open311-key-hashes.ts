import { createHash } from 'node:crypto'
import type { Payload } from 'payload'
import { expect } from 'vitest'

type Step = (args: { db: never; payload: Payload; req: never }) => Promise<void>

/**
 * Checks the migration that stores Open311 keys hashed: back to the schema before it (`down`), a key stored as it
 * was (in plain text), then `up`: the record keeps the key's SHA-256 and ending, and the key itself is gone.
 */
export const expectOpen311KeysHashed = async (payload: Payload, { up, down }: { up: Step; down: Step }) => {
  const db = (payload.db as unknown as { drizzle: never }).drizzle
  const raw = (statement: string) =>
    (payload.db as unknown as { execute: (args: object) => Promise<unknown> }).execute({
      drizzle: db,
      raw: statement,
    })
  const record = await payload.create({
    collection: 'open311-keys',
    data: { name: 'Stara aplikacja' } as never,
  })
  const key = 'stary-klucz-0123456789abcdefghijklmnopqrstuvw'
  await down({ db, payload, req: {} as never })
  await raw(`UPDATE open311_keys SET key = '${key}' WHERE id = ${record.id}`)

  await up({ db, payload, req: {} as never })

  const after = (await payload.findByID({
    collection: 'open311-keys',
    id: record.id,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  expect(after).toMatchObject({
    keyHash: createHash('sha256').update(key).digest('hex'),
    keyEnding: '…tuvw',
  })
  expect(JSON.stringify(after)).not.toContain(key)
  await payload.delete({ collection: 'open311-keys', id: record.id, overrideAccess: true })
}
