import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/**
 * SQLite has one writer at a time. The libsql client gives every transaction a fresh connection that lacks the
 * busy timeout set at start-up, so two transactions begun at once fail at once with SQLITE_BUSY (seen with
 * concurrent jobs and saves). This gate lets one transaction of this process run at a time; the others wait
 * their turn. A transaction that waits longer than `maxWaitMs` (a sign of a nested transaction that would
 * otherwise deadlock) goes ahead and takes its chance with SQLite's own locking.
 */
export const gateSqliteTransactions = (
  adapterObj: DatabaseAdapterObj,
  maxWaitMs = 30_000,
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as BaseDatabaseAdapter
    const begin = adapter.beginTransaction.bind(adapter)
    const commit = adapter.commitTransaction.bind(adapter)
    const rollback = adapter.rollbackTransaction.bind(adapter)
    const releases = new Map<number | string, () => void>()
    let tail: Promise<void> = Promise.resolve()

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
    return adapter
  },
})
