import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/** What of the libsql client the gate wraps: every statement outside a transaction goes through these. */
type LibsqlClient = {
  execute(statement: unknown, args?: unknown): Promise<unknown>
  batch(statements: unknown, mode?: unknown): Promise<unknown>
  executeMultiple(sql: string): Promise<unknown>
}

/** A statement that only reads: it needs no lock, and may run while a transaction of this process writes. */
const READ = /^\s*(select|pragma|explain)\b/i
const WRITE_IN_CTE = /\b(insert|update|delete|replace)\b/i
const sqlOf = (statement: unknown): string =>
  typeof statement === 'string' ? statement : String((statement as { sql?: unknown } | null)?.sql ?? '')
const onlyReads = (sql: string) => READ.test(sql) || (/^\s*with\b/i.test(sql) && !WRITE_IN_CTE.test(sql))

/**
 * SQLite has one writer at a time, and this process's writers share one thread: a write that found the database
 * locked by another connection of this process could never wait for it (SQLite's busy wait blocks the thread the
 * lock's holder needs). Worse, libsql gives every transaction the client's connection and opens a new one for
 * the client, without the busy timeout set at start-up, so the loser failed at once with SQLITE_BUSY and its
 * failed statement left that connection on an old snapshot: later reads missed rows just committed (a new
 * account's sign-in failed) and every later transaction failed with SQLITE_BUSY_SNAPSHOT. Seen with the job
 * scheduler's `payload-jobs-stats` row written while a save ran.
 *
 * So this gate lets one writer of this process run at a time, the others wait their turn: a transaction, from its
 * begin to its commit or rollback, and each write statement outside a transaction (Payload's job runner and
 * scheduler write without one). Reads never wait. A writer that waits longer than `maxWaitMs` (a sign of a write
 * nested in a transaction without its `req`, which would otherwise deadlock) goes ahead and takes its chance with
 * SQLite's own locking.
 */
export const gateSqliteWrites = (adapterObj: DatabaseAdapterObj, maxWaitMs = 30_000): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as BaseDatabaseAdapter & { client?: LibsqlClient }
    const begin = adapter.beginTransaction.bind(adapter)
    const commit = adapter.commitTransaction.bind(adapter)
    const rollback = adapter.rollbackTransaction.bind(adapter)
    const connect = adapter.connect?.bind(adapter)
    const releases = new Map<number | string, () => void>()
    let tail: Promise<void> = Promise.resolve()

    /** Waits for this writer's turn; resolves with the function that ends it. */
    const acquire = (): Promise<() => void> => {
      let release!: () => void
      const turn = new Promise<void>((resolve) => (release = resolve))
      const previous = tail
      tail = previous.then(() => turn)
      const waited = Promise.race([
        previous,
        new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs).unref()),
      ])
      return waited.then(() => release)
    }
    const inTurn = async <T>(write: () => Promise<T>): Promise<T> => {
      const release = await acquire()
      try {
        return await write()
      } finally {
        release()
      }
    }

    adapter.beginTransaction = async (options) => {
      const release = await acquire()
      try {
        const id = await begin(options)
        if (id === null) release()
        else releases.set(id, release)
        return id
      } catch (error) {
        release()
        throw error
      }
    }
    const finish =
      (end: (id: number | string) => Promise<void>) =>
      async (id: number | string | Promise<number | string>) => {
        const resolved = await id
        try {
          await end(resolved)
        } finally {
          releases.get(resolved)?.()
          releases.delete(resolved)
        }
      }
    adapter.commitTransaction = finish(commit)
    adapter.rollbackTransaction = finish(rollback)

    if (connect)
      adapter.connect = async (options) => {
        await connect(options)
        const client = adapter.client
        if (!client) return
        const execute = client.execute.bind(client)
        const batch = client.batch.bind(client)
        const executeMultiple = client.executeMultiple.bind(client)
        client.execute = (statement, values) =>
          onlyReads(sqlOf(statement)) ? execute(statement, values) : inTurn(() => execute(statement, values))
        client.batch = (statements, mode) => inTurn(() => batch(statements, mode))
        client.executeMultiple = (sql) => inTurn(() => executeMultiple(sql))
      }
    return adapter
  },
})
