import type { Payload, PayloadRequest } from 'payload'
import { canWakeOtherProcesses, notifyWake } from './wake-channel'

/** What of Payload's autoRun cron (a Croner job) the wake uses: both are public Croner methods. */
type QueueCron = { isBusy(): boolean; trigger(): Promise<void> }

/** How far ahead a wake is kept in a timer; later ones (the clock's stale moments) are left to the poll. */
const WAKE_AHEAD_MS = 5 * 60_000
/** How often a wake that found the queue's run busy looks again. */
const BUSY_RETRY_MS = 200
/** How long a wake waits for the change's transaction to end before it gives up (the poll still runs the job). */
const COMMIT_WAIT_MS = 60_000

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref())

/**
 * The cron this process runs `queue` with (`jobs.autoRun`), or undefined when it runs no such cron: another
 * process runs that queue (RATUSZ_JOBS_QUEUES, `pnpm --filter @ratusz/cms jobs:publish`), or Payload was started
 * without crons (scripts, tests). Payload starts one cron per autoRun entry, in their order, into `payload.crons`.
 */
const cronOf = async (payload: Payload, queue: string): Promise<QueueCron | undefined> => {
  const { autoRun } = payload.config.jobs
  if (!autoRun || payload.crons.length === 0) return undefined
  const entries = typeof autoRun === 'function' ? await autoRun(payload) : autoRun
  if (entries.length !== payload.crons.length) return undefined
  const index = entries.findIndex((entry) => !entry.allQueues && (entry.queue ?? 'default') === queue)
  return index >= 0 ? payload.crons[index] : undefined
}

/**
 * Resolves when the transaction of `req` (the change that queued the job) has ended: until then the job is not
 * visible to the runner, which claims jobs outside any transaction.
 */
const transactionEnded = async (payload: Payload, req: PayloadRequest | undefined): Promise<void> => {
  const id = req?.transactionID instanceof Promise ? await req.transactionID : req?.transactionID
  if (id === undefined) return
  const deadline = Date.now() + COMMIT_WAIT_MS
  while (payload.db.sessions?.[id] && Date.now() < deadline) await later(10)
}

/** Queues with a wake waiting for their busy run to end, by Payload instance. */
const waitingForRun = new WeakMap<Payload, Set<string>>()

/** Runs the queue's cron now, or, while its run is busy, once that run has ended: runs never overlap. */
const kick = (payload: Payload, queue: string, cron: QueueCron): void => {
  const waiting = waitingForRun.get(payload) ?? new Set<string>()
  waitingForRun.set(payload, waiting)
  if (waiting.has(queue)) return
  if (!cron.isBusy()) {
    // Croner marks the cron busy before the run's first await: its own tick cannot start a second run.
    void cron.trigger()
    return
  }
  waiting.add(queue)
  const retry = () => {
    if (cron.isBusy()) return void setTimeout(retry, BUSY_RETRY_MS).unref()
    waiting.delete(queue)
    void cron.trigger()
  }
  setTimeout(retry, BUSY_RETRY_MS).unref()
}

/**
 * Wakes the runner of `queue` at `at` instead of leaving the job to its next poll, so that a save becomes a publish
 * at once (and a debounced one when its debounce ends). Where this process runs that queue (`jobs.autoRun`, checked
 * again by the cron's own `shouldAutoRun`), the run is the cron's own, so it never overlaps the cron's ticks, and a
 * wake during a run runs the queue once more after it. Where another process runs it (a separate publisher), the
 * wake goes to that process over PostgreSQL (wake-channel.ts; `runQueueNow` there). Never throws: the poll still
 * runs the job when anything here fails.
 */
export const wakeQueue = (
  payload: Payload,
  { queue, at, req }: { queue: string; at: Date; req?: PayloadRequest },
): void => {
  const delay = at.getTime() - Date.now()
  if (delay > WAKE_AHEAD_MS) return
  void (async () => {
    const cron = await cronOf(payload, queue)
    if (!cron && !canWakeOtherProcesses(payload)) return
    await transactionEnded(payload, req)
    if (delay > 0) await later(at.getTime() - Date.now())
    if (cron) kick(payload, queue, cron)
    else await notifyWake(payload, queue)
  })().catch((error: unknown) =>
    payload.logger.warn({ err: error, msg: `Could not wake the "${queue}" jobs queue` }),
  )
}

/**
 * Runs `queue` now on this process's cron for it (as a wake from another process asks), or does nothing when this
 * process runs no such cron.
 */
export const runQueueNow = async (payload: Payload, queue: string): Promise<void> => {
  const cron = await cronOf(payload, queue)
  if (cron) kick(payload, queue, cron)
}
