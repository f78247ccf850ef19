/**
 * Benchmark: one changed article, from the save through the CMS REST API to the new text served from the live
 * folder. Each run changes an article's lead with PATCH /api/articles/:id (signed in as the demo admin), then
 * publishes as the CMS's publish job does (publishSite from @ratusz/publisher: astro build into a new release,
 * link and feed checks, atomic switch of `live`), while a static server serves `live` on $BENCH_SITE_PORT and is
 * polled until the article page shows the new text. The job queue's own wait (the 3 s debounce and the runner's
 * 2 s poll) is left out and noted. A first publish (cold cache) makes the live site.
 *
 *   pnpm exec tsx scripts/bench/publish-latency.ts [--runs 3] [--keep]
 */
import fs from 'node:fs'
import path from 'node:path'
import { liveLink, publishSite } from '@ratusz/publisher'
import { adminCredentials } from '../../cms/src/seed/admin-credentials'
import { closeServer, serveStatic } from '../lib/static-server'
import { numberArg, readArgs } from './lib/args'
import { startBenchApi } from './lib/api-server'
import { benchSitePort, benchSiteUrl, benchTmp, machine } from './lib/bench-env'
import { measuredAstroBuild } from './lib/measured-build'
import { percentile, printTable, seconds } from './lib/table'

const args = readArgs()
const runs = numberArg(args, 'runs', 3)
const work = path.join(benchTmp, 'publish-latency')
const sitesDir = path.join(work, 'sites')
fs.rmSync(work, { recursive: true, force: true })
fs.mkdirSync(sitesDir, { recursive: true })

const api = await startBenchApi()
const publish = () =>
  publishSite({
    sitesDir,
    keep: 2,
    // the publisher's astroBuild, in a working folder of its own (see measuredAstroBuild)
    build: async (outDir) => {
      await measuredAstroBuild({
        cmsUrl: api.url,
        siteUrl: benchSiteUrl,
        outDir,
        cacheDir: path.join(work, 'astro-cache'),
        fileCacheDir: path.join(work, 'file-cache'),
      })
    },
  })

const rows: (string | number)[][] = []
const totals: number[] = []
let server: Awaited<ReturnType<typeof serveStatic>> | undefined
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
    `${machine()}\nFirst publish (cold cache): ${first.pages} pages in ${seconds(first.durationMs)}`,
  )
  server = await serveStatic(liveLink(sitesDir), benchSitePort)
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
    const result = await publish()
    const afterPublish = performance.now()
    while (!(await (await fetch(page)).text()).includes(marker)) {
      if (performance.now() - afterPublish > 30_000) throw new Error(`${page} never showed the change`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const served = performance.now()
    totals.push(served - started)
    rows.push([
      `run ${run}`,
      seconds(afterSave - started),
      seconds(afterPublish - afterSave),
      seconds(served - afterPublish),
      seconds(served - started),
      result.pages,
    ])
  }
} finally {
  if (server) await closeServer(server)
  await api.stop()
  if (!args.has('keep')) fs.rmSync(work, { recursive: true, force: true })
}
printTable(['change', 'REST save', 'publish (build, checks, switch)', 'until served', 'total', 'pages'], rows)
console.log(
  `\nMedian change-to-live: ${seconds(percentile(totals, 0.5))} (target: ≤ 5 s on a 30,000-page site). ` +
    'Through the CMS job queue add the 3 s debounce and up to 2 s until the runner polls.',
)
