import type { TaskConfig } from 'payload'
import { format } from '../../shared/i18n'
import { publishingPl } from './translations/pl'
import { describeFailure } from './describe-failure'
import { describeSkipped } from './describe-skipped'
import { describeSteps } from './describe-steps'
import { PUBLISH_TASK, type PublishingOptions } from './options'
import { logStarted } from './publish-log'
import { requestPublish } from './request-publish'
import { SITE_PUBLISHES } from './site-publishes/config'

/**
 * The job that publishes the site. It records the run in `site-publishes` (what editors see), with a warning
 * naming each record the site left out because it breaks the contract, and which way the site was built with its step times; never retries (the next change asks again), and when the new site will go stale by the clock alone, asks for a publish then.
 */
export const publishTask = (options: PublishingOptions): TaskConfig => ({
  slug: PUBLISH_TASK,
  retries: 0,
  inputSchema: [{ name: 'reason', type: 'text' }],
  outputSchema: [{ name: 'releaseId', type: 'text' }],
  handler: async ({ input, job, req }) => {
    const reason = String((input as { reason?: unknown }).reason ?? '')
    const { payload } = req
    const runId = await logStarted(payload, { job: job.id, reason })
    const finish = (data: Record<string, unknown>) =>
      payload.update({
        collection: SITE_PUBLISHES,
        id: runId,
        data: { finishedAt: new Date().toISOString(), ...data } as never,
        overrideAccess: true,
      })
    if (!options.publish) {
      await finish({
        status: 'failed',
        error: describeFailure(new Error('no publish function is installed')),
      })
      return { output: {} }
    }
    try {
      const result = await options.publish(reason)
      await finish({
        status: 'succeeded',
        durationSeconds: Math.round(result.durationMs / 100) / 10,
        pages: result.pages,
        releaseId: result.releaseId,
        via: result.via ?? null,
        steps: describeSteps(result) ?? null,
        warnings: describeSkipped(result.skipped) ?? null,
      })
      if (result.staleAt) {
        await requestPublish(payload, {
          reason: format(publishingPl.publishing.reasons.clock),
          at: result.staleAt,
          queue: options.queue,
        })
      }
      return { output: { releaseId: result.releaseId } }
    } catch (error) {
      payload.logger.error({ err: error, msg: `Site publish failed (${reason})` })
      await finish({ status: 'failed', error: describeFailure(error), errorDetail: (error as Error).message })
      return { output: {} }
    }
  },
})
