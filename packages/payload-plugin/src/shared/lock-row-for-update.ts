import type { CollectionBeforeOperationHook } from 'payload'

type PostgresSessions = Record<string, { db: unknown } | undefined>
type PostgresAdapter = {
  name: string
  sessions?: PostgresSessions
  tableNameMap?: Map<string, string>
  execute: (args: { db: unknown; raw: string }) => Promise<unknown>
}

const isSafeId = (id: unknown): id is number | string =>
  (typeof id === 'number' && Number.isSafeInteger(id)) || (typeof id === 'string' && /^\d{1,18}$/.test(id))

/**
 * Serialises every update of one record: before Payload reads the record it is about to change, the update's
 * transaction locks the record's row (`SELECT … FOR UPDATE`) until it commits. A second update of the same record
 * (the PDF job saving its results while an editor saves the form) waits, then reads what the first one wrote,
 * instead of merging its data into a stale copy and writing that copy back over the first one's fields.
 *
 * PostgreSQL only: the SQLite default already runs one write transaction at a time (`BEGIN IMMEDIATE`).
 */
export const lockRowForUpdate: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
  collection,
}) => {
  if (operation !== 'update') return args
  const id = (args as { id?: unknown }).id
  const db = req.payload.db as unknown as PostgresAdapter
  if (db.name !== 'postgres' || !req.transactionID || !isSafeId(id)) return args
  const session = db.sessions?.[String(await req.transactionID)]
  if (!session) return args
  const slug = collection.slug.replace(/-/g, '_')
  const table = db.tableNameMap?.get(slug) ?? slug
  await db.execute({ db: session.db, raw: `SELECT 1 FROM "${table}" WHERE "id" = ${Number(id)} FOR UPDATE` })
  return args
}
