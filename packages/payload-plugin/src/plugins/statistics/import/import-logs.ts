import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'
import { TrafficCounter } from '../log/count-traffic'
import { bareHost } from '../log/referrer-domain'
import { warsawDay } from '../log/warsaw-day'
import { STATISTICS_SLUGS } from '../slugs'
import { countLogFiles, type FileRead, type KnownLog } from './count-log-files'
import { saveImport } from './save-import'

export type ImportOptions = {
  /** The public site's address: its host's referrers are not entries. */
  siteUrl?: string
  /** Only days before this instant's Warsaw day are imported (today's lines wait until the day is over). */
  now?: Date
  /** The request (and transaction) of a job, when the import runs as one. */
  req?: PayloadRequest
}

export type ImportSummary = {
  files: FileRead[]
  /** The days that got counts, `YYYY-MM-DD`. */
  days: string[]
  lines: number
  malformedLines: number
  pageViews: number
  /** Whether some lines wait for their day to end. */
  linesLeft: boolean
  /** Milliseconds spent reading and counting, and saving. */
  countMs: number
  saveMs: number
}

/**
 * Imports the new lines of nginx `combined` access logs into the daily statistics: counts every log in memory
 * (visitor hashes with salts that live only here), then saves the days and the logs' offsets in one
 * transaction. Lines of today (Warsaw) are left for an import after midnight, so that each day's visitors are
 * normally counted by one import; importing the same lines again counts nothing.
 */
export const importLogs = async (
  payload: Payload,
  files: readonly string[],
  options: ImportOptions = {},
): Promise<ImportSummary> => {
  const now = options.now ?? new Date()
  const ownHosts = new Set(['localhost', '127.0.0.1'])
  if (options.siteUrl) ownHosts.add(bareHost(new URL(options.siteUrl).hostname))
  const counter = new TrafficCounter({ ownHosts, before: warsawDay(now) })
  const known = async (fingerprint: string): Promise<KnownLog | undefined> => {
    const { docs } = await payload.find({
      collection: STATISTICS_SLUGS.logFiles as never,
      where: { fingerprint: { equals: fingerprint } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req: options.req,
    })
    return docs[0] as unknown as KnownLog | undefined
  }
  const started = performance.now()
  const reads = await countLogFiles(files, counter, known)
  const counted = performance.now()
  if (reads.length > 0) {
    const req = options.req ?? (await createLocalReq({}, payload))
    const own = await initTransaction(req)
    try {
      await saveImport(req, counter.days, reads, now)
      if (own) await commitTransaction(req)
    } catch (error) {
      if (own) await killTransaction(req)
      throw error
    }
  }
  let pageViews = 0
  for (const day of counter.days.values()) pageViews += day.pageViews
  return {
    files: reads,
    days: [...counter.days.keys()].sort(),
    lines: reads.reduce((sum, read) => sum + read.lines, 0),
    malformedLines: counter.malformedLines,
    pageViews,
    linesLeft: reads.some((read) => read.linesLeft),
    countMs: counted - started,
    saveMs: performance.now() - counted,
  }
}
