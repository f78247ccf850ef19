import { listenForWakes, publishAtStart, PUBLISH_QUEUE, runQueueNow } from '@ratusz/payload-plugin'
import { previewFromCms, servePublisher } from '@ratusz/publisher'
import { getPayload } from 'payload'
import config from '../payload.config'
import { readEnv } from '../env'
import { repoDir } from '../paths'

/**
 * `pnpm --filter @ratusz/cms jobs:publish` (or `jobs:pdf`): a process that runs only the job queues named by
 * RATUSZ_JOBS_QUEUES (the production stack's publisher and PDF reader), on the same crons as the CMS process
 * would (payload.config.ts `jobs.autoRun`), and, on PostgreSQL, at once when the CMS process queues a job
 * (the publishing plugin's wake channel), not only at the next tick. The publisher publishes once at its start
 * (after a deploy or a restart: its warm renderer starts then, not at the first change, and the site is built
 * with the deployed code). With RATUSZ_PREVIEW_PORT, it also renders the admin's previews with its warm
 * renderer, for the CMS (RATUSZ_PREVIEW_URL).
 */
const env = readEnv()
if (!env.RATUSZ_JOBS_QUEUES)
  throw new Error('RATUSZ_JOBS_QUEUES names no queue: this process would run every queue beside the CMS')
const payload = await getPayload({ config, cron: true })
const stopListening = listenForWakes(payload, (queue) => void runQueueNow(payload, queue))
const previews = env.RATUSZ_PREVIEW_PORT
  ? await servePublisher({
      port: env.RATUSZ_PREVIEW_PORT,
      secret: env.PAYLOAD_SECRET,
      preview: previewFromCms(repoDir, env),
    })
  : undefined
if (env.RATUSZ_JOBS_QUEUES.includes(PUBLISH_QUEUE) && env.RATUSZ_JOBS_AUTORUN) await publishAtStart(payload)
payload.logger.info(
  `Running the jobs queues ${env.RATUSZ_JOBS_QUEUES.join(', ')}` +
    (previews ? `; previews on port ${env.RATUSZ_PREVIEW_PORT}` : ''),
)

const stop = async () => {
  stopListening()
  previews?.close()
  await payload.destroy()
  process.exit(0)
}
process.once('SIGTERM', () => void stop())
process.once('SIGINT', () => void stop())
