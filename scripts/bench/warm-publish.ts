/**
 * Benchmark: the warm publisher against the cold one (docs/warm-publisher.md), side by side in one run on the
 * same generated gmina (make it first: `scripts/bench/generate-gmina.ts --years N --scale S` sets its size).
 * Each run saves one change through the REST API (timed), then publishes it twice, into two sites folders: once
 * cold (today's incremental `astro build`) and once warm (RATUSZ_WARM_PUBLISH), each polled over HTTP from its own
 * static server (both in a child process, see site-watch.ts) until the page that shows the change has it.
 * "Save → served" is the REST save plus that publish's start → served. The first publish of each makes its live
 * site (the warm one is the renderer's first build).
 * Changes (issue 15's list, `scripts/bench/lib/bench-changes.ts`): an article's lead (`--runs`, default 10), and
 * `--runs-other` (default 3) each of a new article, a new BIP document, a new alert (every page's banner: the warm
 * publisher splices it) and a site settings change (every page's footer).
 *
 * `--warm-only` leaves the cold publishes out (for working on the warm path: its figures alone, in a third of the time).
 * `--pause S` waits S seconds before each change, as between an editor's saves (the renderer collects its garbage
 * once idle for 5 s: its memory after renders with `--pause 10` against none shows what that collection does).
 *
 *   pnpm exec tsx scripts/bench/warm-publish.ts [--runs 10] [--runs-other 3]
 *     [--changes article,new-article,bip,alert,settings] [--warm-only] [--pause S] [--keep]
 */
import fs from 'node:fs'
import path from 'node:path'
import { liveLink, publishFromCms } from '@ratusz/publisher'
import { stopWarmRenderers } from '@ratusz/publisher/warm'
import { adminCredentials } from '../../cms/src/seed/admin-credentials'
import { repoDir } from '../lib/paths'
import { numberArg, readArgs } from './lib/args'
import { startBenchApi } from './lib/api-server'
import { CHANGE_KINDS, CHANGE_NAMES, changeMaker, restClient, type ChangeKind } from './lib/bench-changes'
import { benchSitePort, benchSiteUrl, benchTmp, machine } from './lib/bench-env'
import { watchSite, type SiteWatch } from './lib/site-watch'
import { percentile, printTable, seconds } from './lib/table'

const args = readArgs()
const runs = numberArg(args, 'runs', 10)
const runsOther = numberArg(args, 'runs-other', 3)
const pauseMs = numberArg(args, 'pause', 0) * 1000
const changes = (args.get('changes') ?? CHANGE_KINDS.join(',')).split(',') as ChangeKind[]
const unknown = changes.filter((kind) => !CHANGE_KINDS.includes(kind))
if (unknown.length > 0) {
  console.error(`--changes takes ${CHANGE_KINDS.join(', ')} (got "${unknown.join(', ')}")`)
  process.exit(2)
}
const work = path.join(benchTmp, 'warm-publish')
fs.rmSync(work, { recursive: true, force: true })

const allWays = ['cold', 'warm'] as const
type Way = (typeof allWays)[number]
const ways: readonly Way[] = args.has('warm-only') ? ['warm'] : allWays
const sitesDir = (way: Way) => path.join(work, way)
const port = (way: Way) => benchSitePort + allWays.indexOf(way)

const api = await startBenchApi()
const publish = (way: Way) =>
  publishFromCms(repoDir, {
    RATUSZ_SITES_DIR: sitesDir(way),
    RATUSZ_KEEP_RELEASES: 2,
    RATUSZ_CMS_URL: api.url,
    // both sites are built for the same address, so their pages are alike
    RATUSZ_SITE_URL: benchSiteUrl,
    RATUSZ_WARM_PUBLISH: way === 'warm',
  })

const rows: (string | number)[][] = []
const totals = new Map<string, number[]>()
const memory: number[] = []
const watches = new Map<Way, SiteWatch>()
try {
  const { adminEmail, adminPassword } = adminCredentials()
  const makeChange = await changeMaker(await restClient(api.url, adminEmail, adminPassword), benchSiteUrl)
  console.log(machine())
  for (const way of ways) {
    const first = await publish(way)
    console.log(`First ${way} publish (${first.via}): ${first.pages} pages in ${seconds(first.durationMs)}`)
    if (first.detail) console.log(`  ${first.detail}`)
    watches.set(way, await watchSite(liveLink(sitesDir(way)), port(way)))
  }
  for (const kind of changes) {
    for (let run = 1; run <= (kind === 'article' ? runs : runsOther); run += 1) {
      if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs))
      const change = await makeChange(kind, run)
      for (const way of ways) {
        const started = performance.now()
        const page = change.page.replace(benchSiteUrl, `http://127.0.0.1:${port(way)}`)
        const served = watches.get(way)!.servedAt(page, change.marker)
        const result = await publish(way)
        const total = change.saveMs + ((await served).at - started)
        totals.set(`${kind} ${way}`, [...(totals.get(`${kind} ${way}`) ?? []), total])
        const rss = /renderer (\d+) MiB/.exec(result.detail ?? '')
        if (rss) memory.push(Number(rss[1]))
        if (result.detail) console.log(`${kind} run ${run} ${way}: ${result.detail}`)
        rows.push([
          `${kind} ${run}`,
          way,
          result.via,
          seconds(change.saveMs),
          seconds(result.stepsMs.build),
          seconds(result.stepsMs.links),
          seconds(result.stepsMs.feeds),
          seconds(total),
          result.pages,
        ])
      }
    }
  }
} finally {
  stopWarmRenderers()
  for (const watch of watches.values()) watch.close()
  await api.stop()
  if (!args.has('keep')) fs.rmSync(work, { recursive: true, force: true })
}
printTable(
  ['change', 'way', 'built', 'REST save', 'build', 'link check', 'feed check', 'save → served', 'pages'],
  rows,
)
const of = (kind: ChangeKind, way: Way) => totals.get(`${kind} ${way}`) ?? []
console.log('\nSave → served, side by side:')
printTable(
  ['change', 'runs', 'cold median', 'warm median', 'warm p95', 'cold/warm'],
  changes.map((kind) => {
    const [cold, warm] = [percentile(of(kind, 'cold'), 0.5), percentile(of(kind, 'warm'), 0.5)]
    return [
      CHANGE_NAMES[kind],
      of(kind, 'warm').length,
      ways.includes('cold') ? seconds(cold) : '–',
      seconds(warm),
      seconds(percentile(of(kind, 'warm'), 0.95)),
      ways.includes('cold') ? `${(cold / warm).toFixed(1)}×` : '–',
    ]
  }),
)
if (memory.length > 0)
  console.log(
    `\nThe warm renderer's resident memory after its renders: ${Math.min(...memory)}–${Math.max(...memory)} MiB.`,
  )
