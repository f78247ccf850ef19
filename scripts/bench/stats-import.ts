/**
 * Benchmark: the traffic import's parse-and-count rate on a generated access log, side by side with Debian's
 * GoAccess on the same file, and the page-view and visitor totals of both (docs/statistics.md explains where
 * their definitions differ). The counting is what `pnpm stats:import` does before its one transaction of daily
 * writes (one record per day), which the figures leave out.
 *
 *   pnpm exec tsx scripts/bench/stats-import.ts [--lines 1500000] [--days 30] [--runs 3]
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { TrafficCounter } from '../../packages/payload-plugin/src/plugins/statistics/log/count-traffic'
import { readLogLines } from '../../packages/payload-plugin/src/plugins/statistics/log/read-log-lines'
import { numberArg, readArgs } from './lib/args'
import { benchTmp, machine } from './lib/bench-env'
import { generateAccessLog } from './lib/generate-access-log'
import { printTable, seconds } from './lib/table'

const args = readArgs()
const lines = numberArg(args, 'lines', 1_500_000)
const days = numberArg(args, 'days', 30)
const runs = numberArg(args, 'runs', 3)
const goaccess = '/usr/bin/goaccess'

const dir = path.join(benchTmp, 'stats')
const file = path.join(dir, `access-${lines}-${days}.log`)
if (!fs.existsSync(file)) {
  const started = performance.now()
  const size = generateAccessLog(file, lines, days)
  console.log(
    `Generated ${file}: ${(size / 2 ** 20).toFixed(0)} MB in ${seconds(performance.now() - started)}`,
  )
}
const lineCount = (() => {
  const bytes = fs.readFileSync(file)
  let count = 0
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) count++
  return count
})()

/** One import's counting: read, parse, classify, hash visitors, add up per day. */
const countOnce = async () => {
  const counter = new TrafficCounter({ ownHosts: new Set(['gmina.example']) })
  const started = performance.now()
  await readLogLines(file, 0, (line) => counter.count(line) !== 'later')
  const ms = performance.now() - started
  let pageViews = 0
  let visitors = 0
  for (const day of counter.days.values()) {
    pageViews += day.pageViews
    visitors += day.visitors.size
  }
  const heapMB = Math.round(process.memoryUsage().heapUsed / 2 ** 20)
  return { ms, pageViews, visitors, days: counter.days.size, malformed: counter.malformedLines, heapMB }
}

type GoAccessReport = {
  general: { valid_requests: number; unique_visitors: number }
  requests: { metadata: { hits: { total: { value: number } } } }
}

/** GoAccess on the same file, JSON report; `filters` narrow it towards our definition of a page view. */
const goaccessOnce = (filters: string[]) => {
  const output = path.join(dir, 'goaccess.json')
  const started = performance.now()
  const result = spawnSync(
    goaccess,
    // Debian's /etc/goaccess/goaccess.conf holds its list of static files: kept
    [file, '--log-format=COMBINED', '--no-progress', '-o', output, ...filters],
    { encoding: 'utf8' },
  )
  const ms = performance.now() - started
  if (result.status !== 0) throw new Error(`goaccess failed: ${result.stderr}`)
  const report = JSON.parse(fs.readFileSync(output, 'utf8')) as GoAccessReport
  return {
    ms,
    valid: report.general.valid_requests,
    pageViews: report.requests.metadata.hits.total.value,
    visitors: report.general.unique_visitors,
  }
}

const median = <T extends { ms: number }>(results: T[]): T =>
  [...results].sort((a, b) => a.ms - b.ms)[Math.floor(results.length / 2)]!

const ourRuns = []
for (let run = 0; run < runs; run++) ourRuns.push(await countOnce())
const ours = median(ourRuns)
const hasGoAccess = fs.existsSync(goaccess)
const goFilters = [
  '--ignore-crawlers',
  // the site's own assets and its feeds and calendars, which Debian's list of static files lacks
  ...['.webp', '.svg', '.avif', '.xml', '.ics', '.json'].map((ext) => `--static-file=${ext}`),
  '--ignore-statics=req',
  '--ignore-status=301',
  '--ignore-status=304',
  '--ignore-status=400',
]
const theirs = hasGoAccess ? median(Array.from({ length: runs }, () => goaccessOnce(goFilters))) : undefined
const theirsPlain = hasGoAccess ? median(Array.from({ length: runs }, () => goaccessOnce([]))) : undefined

const rate = (ms: number) => `${Math.round(lineCount / (ms / 1000)).toLocaleString('en')} lines/s`
console.log(
  `\n${machine()}\n${lineCount.toLocaleString('en')} lines over ${days} days, ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MB; median of ${runs} runs\n`,
)
printTable(
  ['', 'time', 'rate', 'page views', 'visitors (sum of daily)'],
  [
    ['Ratusz import (parse + count)', seconds(ours.ms), rate(ours.ms), ours.pageViews, ours.visitors],
    ...(theirs && theirsPlain
      ? [
          ['GoAccess 1.7, filtered¹', seconds(theirs.ms), rate(theirs.ms), theirs.pageViews, theirs.visitors],
          [
            'GoAccess 1.7, defaults²',
            seconds(theirsPlain.ms),
            rate(theirsPlain.ms),
            theirsPlain.pageViews,
            theirsPlain.visitors,
          ],
        ]
      : [['GoAccess', 'not installed', '', '', '']]),
  ],
)
console.log(`
¹ --ignore-crawlers, --ignore-statics=req with .webp .svg .avif .xml .ics .json added to the static files, --ignore-status=301,304,400:
  "page views" = its requests panel (not static, not 404, HEAD included); visitors = IP+date+agent of any request left.
² no filters: every request, crawlers and assets included.
Ratusz: ${ours.days} days, ${ours.malformed} unreadable lines, ${ours.heapMB} MB of heap with the counts held; page views = GET 200 HTML pages of non-bots; visitors = per day, of page views.`)
