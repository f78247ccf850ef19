/**
 * Benchmark: one changed article, from the save through the CMS REST API to the new text served from the live
 * folder. Each run changes an article's lead with PATCH /api/articles/:id (signed in as the demo admin), then
 * publishes as the CMS's publish job does (publishSite from @ratusz/publisher: astro build into a new release,
 * link and feed checks, atomic switch of `live`), while a static server serves `live` on $BENCH_SITE_PORT and is
 * polled (while the publish runs; both in a child process, see site-watch.ts) until the article page shows the
 * new text. The job queue's own wait (up to 1 s until the runner polls) is left out and noted. A first publish
 * (cold cache) makes the live site.
 *
 *   pnpm exec tsx scripts/bench/publish-latency.ts [--runs 3] [--keep] [--warm]
 */
import fs from 'node:fs'
import path from 'node:path'
import { astroBuild, liveLink, publishSite } from '@ratusz/publisher'
import { adminCredentials } from '../../cms/src/seed/admin-credentials'
import { numberArg, readArgs } from './lib/args'
import { startBenchApi } from './lib/api-server'
import { benchSitePort, benchSiteUrl, benchTmp, machine } from './lib/bench-env'
import { siteDir } from '../lib/paths'
import { watchSite, type SiteWatch } from './lib/site-watch'
import { percentile, printTable, seconds } from './lib/table'

const args = readArgs()
const runs = numberArg(args, 'runs', 3)
const work = path.join(benchTmp, 'publish-latency')
const sitesDir = path.join(work, 'sites')
// --warm: keep the releases and build cache of an earlier run (its first publish is then incremental too)
if (!args.has('warm')) fs.rmSync(work, { recursive: true, force: true })
fs.mkdirSync(sitesDir, { recursive: true })

const api = await startBenchApi()
const publish = () =>
  publishSite({
    sitesDir,
    keep: 2,
    // exactly the CMS's publisher: incremental astro build with the sites folder's build cache
    build: (outDir, { cacheDir, prefilled }) =>
      astroBuild({
        prefilled,
        siteDir,
        cmsUrl: api.url,
        siteUrl: benchSiteUrl,
        outDir,
        cacheDir,
        env: { RATUSZ_FILE_CACHE: path.join(work, 'file-cache') },
      }),
  })

let failedRequests = 0

const rows: (string | number)[][] = []
const totals: number[] = []
let watch: SiteWatch | undefined
try {
  const { adminEmail, adminPassword } = adminCredentials()
  const login = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  })
  const { token } = (await login.json()) as { token: string }
  const list = (await (await fetch(`${api.url}/api/articles?limit=1&sort=-publishedAt&depth=0`)).json()) as {
    docs: { id: number; slug: string }[]
  }
  const article = list.docs[0]!

  const first = await publish()
  console.log(
    `${machine()}\nFirst publish (${args.has('warm') ? 'with the kept cache' : 'empty cache'}): ${first.pages} pages in ${seconds(first.durationMs)}`,
  )
  watch = await watchSite(liveLink(sitesDir), benchSitePort)
  const page = `${benchSiteUrl}/aktualnosci/${article.slug}/`

  for (let run = 1; run <= runs; run += 1) {
    const marker = `Pomiar opóźnienia publikacji nr ${run}, ${new Date().toISOString()}.`
    const started = performance.now()
    const saved = await fetch(`${api.url}/api/articles/${article.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ lead: marker }),
    })
    if (!saved.ok)
      throw new Error(`PATCH /api/articles/${article.id}: HTTP ${saved.status} ${await saved.text()}`)
    const afterSave = performance.now()
    // polled while the publish runs: the change is live at the switch, before the publish's own clean-up
    const served = watch.servedAt(page, marker)
    const result = await publish()
    const { at, failed } = await served
    failedRequests += failed
    const total = at - started
    totals.push(total)
    rows.push([
      `run ${run}`,
      seconds(afterSave - started),
      seconds(result.stepsMs.build),
      seconds(result.stepsMs.links),
      seconds(result.stepsMs.feeds),
      seconds(total),
      result.pages,
    ])
  }
} finally {
  watch?.close()
  await api.stop()
  if (!args.has('keep')) fs.rmSync(work, { recursive: true, force: true })
}
printTable(['change', 'REST save', 'build', 'link check', 'feed check', 'save → served', 'pages'], rows)
console.log(
  `\nRequests to the live site that failed while polling: ${failedRequests}.` +
    `\nMedian change-to-live: ${seconds(percentile(totals, 0.5))} (target: ≤ 5 s on a 30,000-page site). ` +
    'Through the CMS job queue add up to 1 s until the job runner polls.',
)
