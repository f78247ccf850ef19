import type { TaskConfig } from 'payload'
import type { StatisticsOptions } from '../options'
import { IMPORT_LOGS_TASK } from '../slugs'
import { importLogs } from './import-logs'
import { listLogFiles } from './list-log-files'

/**
 * The scheduled jobs task that imports the new lines of the logs folder (`logsDir`): days that are over, from
 * where the last import stopped. Runs on `options.queue` by `options.cron`.
 */
export const importLogsTask = (
  options: StatisticsOptions & { logsDir: string },
): TaskConfig<{ input: object; output: { lines: number; days: number } }> => ({
  slug: IMPORT_LOGS_TASK,
  label: 'Import dzienników serwera WWW do statystyk',
  outputSchema: [
    { name: 'lines', type: 'number' },
    { name: 'days', type: 'number' },
  ],
  retries: 0,
  schedule: [{ cron: options.cron, queue: options.queue }],
  handler: async ({ req }) => {
    const files = await listLogFiles(options.logsDir)
    const summary = await importLogs(req.payload, files, { siteUrl: options.siteUrl, req })
    req.payload.logger.info(
      `Traffic import: ${summary.lines} lines of ${summary.files.length} logs into ${summary.days.length} days`,
    )
    return { output: { lines: summary.lines, days: summary.days.length } }
  },
})
