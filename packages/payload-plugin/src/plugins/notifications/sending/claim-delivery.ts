import type { Payload } from 'payload'
import { NOTIFICATION_SLUGS } from '../slugs'

type DrizzleAdapter = {
  drizzle: unknown
  tableNameMap?: Map<string, string>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

const isSafeId = (id: unknown): id is number | string =>
  (typeof id === 'number' && Number.isSafeInteger(id)) || (typeof id === 'string' && /^\d{1,18}$/.test(id))

/**
 * Claims one queued delivery for sending, atomically: one UPDATE … WHERE state = 'queued', so of two senders
 * (two job runners, a runner restarted mid-batch) exactly one gets it. Both PostgreSQL and SQLite.
 */
export const claimDelivery = async (payload: Payload, id: unknown): Promise<boolean> => {
  if (!isSafeId(id)) return false
  const db = payload.db as unknown as DrizzleAdapter
  const slug = NOTIFICATION_SLUGS.deliveries
  const table = db.tableNameMap?.get(slug) ?? slug
  const result = (await db.execute({
    drizzle: db.drizzle,
    raw: `UPDATE "${table}" SET "state" = 'sending' WHERE "id" = ${Number(id)} AND "state" = 'queued'`,
  })) as { rowCount?: number | null; rowsAffected?: number }
  return (result.rowCount ?? result.rowsAffected ?? 0) === 1
}
