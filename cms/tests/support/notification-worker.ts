/**
 * A CMS process that only runs the job queues, as a separate job runner does in production
 * (`RATUSZ_JOBS_AUTORUN=true`, `RATUSZ_JOBS_QUEUES=notifications`): the app's real config, its start-up
 * (`onInit`: deliveries a stopped process had claimed go back to the queue) and Payload's cron. The restart
 * test starts it as a child process, kills it mid-send and starts it again. Prints "ready" once running.
 */
import { getPayload } from 'payload'

const { default: config } = await import('../../src/payload.config')
await getPayload({ config, cron: true })
process.stdout.write('ready\n')
