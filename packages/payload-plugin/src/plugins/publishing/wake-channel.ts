import type { Payload } from 'payload'

/**
 * Wakes across processes: when a queue runs in another process (the production stack's publisher,
 * `pnpm --filter @ratusz/cms jobs:publish`), a change in the CMS process reaches it through PostgreSQL's
 * LISTEN/NOTIFY on this channel, the queue's name as the payload. Only with @payloadcms/db-postgres (its
 * `payload.db.pool` is a node-postgres Pool); elsewhere nothing is sent and the runner's poll finds the job.
 */
export const WAKE_CHANNEL = 'ratusz_jobs_wake'

/** The part of node-postgres' Pool and its client used here. */
type Client = {
  query(sql: string, values?: unknown[]): Promise<unknown>
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): void
  on(event: 'error', listener: (error: Error) => void): void
  release(error?: Error | boolean): void
}
type Pool = { query(sql: string, values?: unknown[]): Promise<unknown>; connect(): Promise<Client> }

const poolOf = (payload: Payload): Pool | undefined => {
  const pool = (payload.db as { pool?: Partial<Pool> }).pool
  return typeof pool?.connect === 'function' && typeof pool.query === 'function' ? (pool as Pool) : undefined
}

/** Whether wakes can cross processes here (a PostgreSQL database). */
export const canWakeOtherProcesses = (payload: Payload): boolean => poolOf(payload) !== undefined

/** Tells every listening process to run `queue` now. Resolves false when there is no channel (not PostgreSQL). */
export const notifyWake = async (payload: Payload, queue: string): Promise<boolean> => {
  const pool = poolOf(payload)
  if (!pool) return false
  await pool.query('SELECT pg_notify($1, $2)', [WAKE_CHANNEL, queue])
  return true
}

/** How long a lost listening connection waits before it listens again (the poll covers the gap). */
const RELISTEN_MS = 5_000

/**
 * Listens for wakes on a connection of its own for as long as the process lives, calling `onWake(queue)` for
 * each; a lost connection listens again after a pause. Returns a function that stops listening. Does nothing
 * without PostgreSQL.
 */
export const listenForWakes = (payload: Payload, onWake: (queue: string) => void): (() => void) => {
  const pool = poolOf(payload)
  let stopped = false
  let current: Client | undefined
  const listen = async () => {
    if (!pool || stopped) return
    let client: Client | undefined
    try {
      client = await pool.connect()
      const own = client
      own.on('notification', (message) => {
        if (message.channel === WAKE_CHANNEL && message.payload) onWake(message.payload)
      })
      own.on('error', (error) => {
        if (current === own) current = undefined
        own.release(error)
        if (stopped) return
        payload.logger.warn({ err: error, msg: 'Lost the jobs wake channel; listening again shortly' })
        setTimeout(() => void listen(), RELISTEN_MS).unref()
      })
      await own.query(`LISTEN ${WAKE_CHANNEL}`)
      current = own
      if (stopped) stop()
    } catch (error) {
      client?.release(error as Error)
      if (stopped) return
      payload.logger.warn({ err: error, msg: 'Could not listen for jobs wakes; listening again shortly' })
      setTimeout(() => void listen(), RELISTEN_MS).unref()
    }
  }
  const stop = () => {
    stopped = true
    const client = current
    current = undefined
    if (client)
      void client.query(`UNLISTEN ${WAKE_CHANNEL}`).then(
        () => client.release(),
        (error: Error) => client.release(error),
      )
  }
  void listen()
  return stop
}
