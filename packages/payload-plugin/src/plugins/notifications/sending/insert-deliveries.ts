import type { Payload } from 'payload'
import { NOTIFICATION_SLUGS } from '../slugs'

type DrizzleAdapter = {
  drizzle: unknown
  tableNameMap?: Map<string, string>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

/** A new delivery as written (the collection's columns). */
export type NewDelivery = {
  key: string
  message: string
  subject: string
  subscription: string | number
  channel: string
  state: 'queued' | 'held'
  dueAt: Date
}

const ROWS_PER_STATEMENT = 500

/** A string as an SQL literal (standard strings: quotes doubled; PostgreSQL and SQLite alike). */
const literal = (value: string) => `'${value.replace(/\0/g, '').replace(/'/g, "''")}'`

const isSafeId = (id: unknown): boolean =>
  (typeof id === 'number' && Number.isSafeInteger(id)) || (typeof id === 'string' && /^\d{1,18}$/.test(id))

/**
 * Writes many deliveries with one multi-row INSERT per 500 (a fan-out to ten thousand is twenty statements, not
 * ten thousand Local API creates); a delivery whose key exists is skipped (ON CONFLICT DO NOTHING on the unique
 * key), so planning twice plans once. The collection has no hooks; both PostgreSQL and SQLite. Returns how many
 * were written.
 */
export const insertDeliveries = async (payload: Payload, rows: NewDelivery[]): Promise<number> => {
  const db = payload.db as unknown as DrizzleAdapter
  const slug = NOTIFICATION_SLUGS.deliveries
  const table = db.tableNameMap?.get(slug) ?? slug
  const now = literal(new Date().toISOString())
  let written = 0
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const values = rows
      .slice(start, start + ROWS_PER_STATEMENT)
      .filter((row) => isSafeId(row.subscription))
      .map(
        (row) =>
          `(${[
            literal(row.key),
            literal(row.message),
            literal(row.subject),
            Number(row.subscription),
            literal(row.channel),
            literal(row.state),
            literal(row.dueAt.toISOString()),
            0,
            now,
            now,
          ].join(', ')})`,
      )
    if (values.length === 0) continue
    const result = (await db.execute({
      drizzle: db.drizzle,
      raw: `INSERT INTO "${table}" ("key", "message", "subject", "subscription_id", "channel", "state", "due_at", "attempts", "created_at", "updated_at") VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`,
    })) as { rowCount?: number | null; rowsAffected?: number }
    written += result.rowCount ?? result.rowsAffected ?? 0
  }
  return written
}
