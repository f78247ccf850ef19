import path from 'node:path'
import { importLogs } from '@ratusz/payload-plugin'
import { getMigratedPayload } from '../migrated-payload'
import { readEnv } from '../env'

/**
 * `pnpm stats:import FILE…`: imports access logs (nginx `combined`, gzipped or not) into the traffic statistics.
 * Lines already imported are skipped; lines of today wait until the day is over.
 */
const files = process.argv.slice(2).map((file) => path.resolve(file))
const env = readEnv()
const payload = await getMigratedPayload()
const summary = await importLogs(payload, files, { siteUrl: env.RATUSZ_SITE_URL })
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`
for (const read of summary.files)
  console.log(
    `${read.file}: ${read.lines} lines${read.malformedLines ? `, ${read.malformedLines} unreadable (skipped)` : ''}${read.linesLeft ? ', lines of today left for later' : ''}`,
  )
console.log(
  summary.files.length === 0
    ? 'Nothing new to import.'
    : `Imported ${summary.lines} lines (${summary.pageViews} page views) into ${summary.days.length} days (${summary.days[0]} … ${summary.days.at(-1)}) in ${seconds(summary.countMs)} (reading and counting) + ${seconds(summary.saveMs)} (saving).`,
)
process.exit(0)
