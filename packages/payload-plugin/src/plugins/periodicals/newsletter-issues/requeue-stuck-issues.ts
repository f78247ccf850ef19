import type { Payload } from 'payload'
import { PERIODICAL_SLUGS, PROCESS_PDF_TASK } from '../slugs'
import { FROM_PDF_JOB } from './hooks/reset-processing'

/** An issue "queued" or "running" for longer than this, with or without a job, is read again. */
const STUCK_AFTER_MINUTES = 30

type OpenIssue = { id: number | string; updatedAt: string; _status?: string }
type PendingJob = { id: number | string; input?: { issueId?: unknown } }

/**
 * Queues the PDF job again for every issue stuck in processing: its job is gone (deleted, or lost in a crash
 * before it ran), or it has been queued or running for longer than `stuckAfterMinutes` (a worker killed mid-run).
 * A stuck job still pending is removed first, so an issue never has two. Returns the ids of the issues requeued.
 */
export const requeueStuckIssues = async (
  payload: Payload,
  queue: string,
  { now = new Date(), stuckAfterMinutes = STUCK_AFTER_MINUTES } = {},
): Promise<string[]> => {
  const open = (
    await payload.find({
      collection: PERIODICAL_SLUGS.newsletterIssues,
      where: { 'processing.status': { in: ['queued', 'running'] } },
      draft: true,
      depth: 0,
      limit: 1000,
      overrideAccess: true,
    })
  ).docs as unknown as OpenIssue[]
  if (open.length === 0) return []
  const jobs = (
    await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: PROCESS_PDF_TASK } }, { completedAt: { exists: false } }] },
      depth: 0,
      limit: 1000,
      overrideAccess: true,
    })
  ).docs as unknown as PendingJob[]
  const jobOf = new Map(jobs.map((job) => [String(job.input?.issueId), job]))
  const requeued: string[] = []
  for (const issue of open) {
    const job = jobOf.get(String(issue.id))
    const stale = now.getTime() - Date.parse(issue.updatedAt) > stuckAfterMinutes * 60_000
    if (job && !stale) continue
    if (job) await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
    await payload.update({
      collection: PERIODICAL_SLUGS.newsletterIssues,
      id: issue.id,
      data: { processing: { status: 'queued', error: null } } as never,
      draft: issue._status === 'draft',
      overrideAccess: true,
      context: { [FROM_PDF_JOB]: true },
    })
    await payload.jobs.queue({ task: PROCESS_PDF_TASK, queue, input: { issueId: String(issue.id) } } as never)
    requeued.push(String(issue.id))
  }
  if (requeued.length > 0)
    payload.logger.warn(`Requeued PDF processing of stuck issues: ${requeued.join(', ')}`)
  return requeued
}

/** Whether this process runs the jobs queue `queue` itself (the CMS's `jobs.autoRun` lists it and is switched on). */
const processRunsQueue = async (payload: Payload, queue: string): Promise<boolean> => {
  const { autoRun, shouldAutoRun } = payload.config.jobs ?? {}
  if (!Array.isArray(autoRun) || !autoRun.some((entry) => entry.queue === queue)) return false
  return shouldAutoRun ? await shouldAutoRun(payload) : true
}

/**
 * While the process runs the PDF queue, looks for stuck issues every `everyMs` (a third of the stuck limit by
 * default), so a worker killed mid-run is made good without a restart. Returns the function that stops it.
 */
export const watchStuckIssues = (
  payload: Payload,
  queue: string,
  { everyMs = (STUCK_AFTER_MINUTES * 60_000) / 3, runsQueue = processRunsQueue } = {},
): (() => void) => {
  let timer: NodeJS.Timeout | undefined
  let stopped = false
  // The next check is planned when this one ends, so two checks never run at once (they would queue twice).
  const plan = () => {
    if (stopped) return
    timer = setTimeout(() => void check().finally(plan), everyMs)
    timer.unref()
  }
  const check = async () => {
    try {
      if (await runsQueue(payload, queue)) await requeueStuckIssues(payload, queue)
    } catch (error) {
      payload.logger.error({ err: error }, 'Checking for stuck periodical issues failed')
    }
  }
  plan()
  return () => {
    stopped = true
    clearTimeout(timer)
  }
}
