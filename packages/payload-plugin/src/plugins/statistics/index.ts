import type { Config } from 'payload'
import { resolveOptions, type RatuszOptions } from '../../options'
import { withCollection, withGlobal } from '../../shared/config-helpers'
import { ensureCore } from '../core'
import { chapterTemplateGlobal } from './chapter-template/config'
import { historicFiguresCollection } from './historic-figures/config'
import { importLogsTask } from './import/import-logs-task'
import { logFilesCollection } from './log-files/config'
import { chapterEndpoint } from './report/chapter-endpoint'
import { statisticsEndpoint } from './report/statistics-endpoint'
import { trafficDaysCollection } from './traffic-days/config'

/**
 * Statistics without cookies: daily traffic counted from the web server's access logs (`traffic-days`), the
 * import's memory of the logs it read (`traffic-log-files`), and the yearly figures an administrator types in
 * (`historic-figures`). With `statistics.logsDir`, a scheduled task imports that folder's new lines; the host
 * must run the task's queue (`jobs.autoRun`). Installs the core collections too (access goes by the users' roles).
 */
export const statisticsPlugin = (options: RatuszOptions = {}): ((config: Config) => Config) => {
  const { statistics } = resolveOptions(options)
  return (config) => {
    let next = withCollection(ensureCore(config, options), trafficDaysCollection())
    next = withCollection(next, logFilesCollection())
    next = withCollection(next, historicFiguresCollection())
    next = withGlobal(next, chapterTemplateGlobal())
    next = { ...next, endpoints: [...(next.endpoints ?? []), statisticsEndpoint(), chapterEndpoint()] }
    const { logsDir } = statistics
    if (!logsDir) return next
    const task = importLogsTask({ ...statistics, logsDir })
    const tasks = next.jobs?.tasks ?? []
    if (tasks.some((existing) => existing.slug === task.slug)) return next
    return { ...next, jobs: { ...next.jobs, tasks: [...tasks, task as never] } }
  }
}
