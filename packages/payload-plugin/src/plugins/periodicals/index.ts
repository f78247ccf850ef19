import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { withCollection } from '../../shared/config-helpers'
import { ensureCore } from '../core'
import { newsletterIssuesCollection } from './newsletter-issues/config'
import { processIssueTask } from './newsletter-issues/process-issue-task'
import { requeueStuckIssues, watchStuckIssues } from './newsletter-issues/requeue-stuck-issues'
import { periodicalsCollection } from './periodicals/config'

/**
 * Periodicals: `periodicals` and their `newsletter-issues` (PDFs), and the jobs task that reads an uploaded
 * PDF (text, metadata, cover) on the queue `periodicals.queue` (default "pdf"). The host must run that queue:
 * `jobs.autoRun: [{ queue: 'pdf', … }]`, or `payload.jobs.run({ queue: 'pdf' })` from a script.
 * Installs the core collections too (covers are `media`). Issues stuck in processing (their job gone, or queued
 * or running too long) are queued again at start-up, and every ten minutes in the process that runs the queue.
 */
export const periodicalsPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  const resolved = resolveOptions(options)
  return (config) => {
    let next = withCollection(ensureCore(config, options), periodicalsCollection())
    next = withCollection(next, newsletterIssuesCollection(resolved.periodicals, resolved.uploads))
    const task = processIssueTask(resolved.periodicals)
    const tasks = next.jobs?.tasks ?? []
    if (tasks.some((existing) => existing.slug === task.slug)) return next
    const onInit = next.onInit
    return {
      ...next,
      jobs: { ...next.jobs, tasks: [...tasks, task as never] },
      onInit: async (payload) => {
        await onInit?.(payload)
        await requeueStuckIssues(payload, resolved.periodicals.queue)
        watchStuckIssues(payload, resolved.periodicals.queue)
      },
    }
  }
}
