/**
 * Benchmark: the warm publisher against the cold one (docs/warm-publisher.md), side by side in one run on the
 * same generated gmina (make it first: `scripts/bench/generate-gmina.ts --years N --scale S` sets its size).
 * Each run changes one article's lead through the REST API, then publishes it twice, into two sites folders:
 * once cold (today's incremental `astro build`) and once warm (RATUSZ_WARM_PUBLISH), each polled over HTTP from
 * its own static server until the article page shows the new text. The first publish of each makes its live
 * site (the warm one is the renderer's first build). With `--change alert`, each run publishes a new alert
 * instead: it is in the banner of every page (the warm publisher splices the banner into the pages, the cold one
 * renders every page again), polled on the same article page until its banner shows it.
 *
 *   pnpm exec tsx scripts/bench/warm-publish.ts [--runs 5] [--change article|alert] [--keep]
 */
import fs from 'node:fs'
import path from 'node:path'
import { liveLink, publishFromCms } from '@ratusz/publisher'
import { stopWarmRenderers } from '@ratusz/publisher/warm'
import { adminCredentials } from '../../cms/src/seed/admin-credentials'
import { closeServer, serveStatic } from '../lib/static-server'
import { repoDir } from '../lib/paths'
import { numberArg, readArgs } from './lib/args'
import { startBenchApi } from './lib/api-server'
import { benchSitePort, benchSiteUrl, benchTmp, machine } from './lib/bench-env'
import { percentile, printTable, seconds } from './lib/table'

const args = readArgs()
const runs = numberArg(args, 'runs', 5)
const change = args.get('change') ?? 'article'
if (change !== 'article' && change !== 'alert') {
  console.error(`--change must be "article" or "alert" (got "${change}")`)
  process.exit(2)
}
const work = path.join(benchTmp, 'warm-publish')
fs.rmSync(work, { recursive: true, force: true })

const ways = ['cold', 'warm'] as const
type Way = (typeof ways)[number]
const sitesDir = (way: Way) => path.join(work, way)
const port = (way: Way) => benchSitePort + ways.indexOf(way)

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

/** When the page first shows the marker (polled every 20 ms). */
const servedAt = async (page: string, marker: string): Promise<number> => {
  const started = performance.now()
  const shows = () =>
    fetch(page).then(
      async (response) => response.ok && (await response.text()).includes(marker),
      () => false,
    )
  while (!(await shows())) {
    if (performance.now() - started > 600_000) throw new Error(`${page} never showed the change`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return performance.now()
}

const rows: (string | number)[][] = []
const totals: Record<Way, number[]> = { cold: [], warm: [] }
const servers: Awaited<ReturnType<typeof serveStatic>>[] = []
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
  console.log(machine())
  for (const way of ways) {
    const first = await publish(way)
    console.log(`First ${way} publish (${first.via}): ${first.pages} pages in ${seconds(first.durationMs)}`)
    servers.push(await serveStatic(liveLink(sitesDir(way)), port(way)))
  }
  const headers = { 'content-type': 'application/json', authorization: `JWT ${token}` }
  for (let run = 1; run <= runs; run += 1) {
    const marker = `Pomiar publikacji nr ${run}, ${new Date().toISOString()}.`
    const saved =
      change === 'article'
        ? await fetch(`${api.url}/api/articles/${article.id}`, {
            method: 'PATCH',
            headers,
            body: JSON.stringify({ lead: marker }),
          })
        : await fetch(`${api.url}/api/alerts`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              title: marker,
              kind: 'komunikat',
              severity: 'informacja',
              shortText: 'Pomiar czasu publikacji komunikatu.',
              areas: [],
              validFrom: new Date(Date.now() - 60_000).toISOString(),
              validUntil: new Date(Date.now() + 86_400_000).toISOString(),
              _status: 'published',
            }),
          })
    if (!saved.ok) throw new Error(`saving the ${change}: HTTP ${saved.status} ${await saved.text()}`)
    for (const way of ways) {
      const started = performance.now()
      const served = servedAt(`http://127.0.0.1:${port(way)}/aktualnosci/${article.slug}/`, marker)
      const result = await publish(way)
      const total = (await served) - started
      totals[way].push(total)
      if (result.detail) console.log(`run ${run} ${way}: ${result.detail}`)
      rows.push([
        `run ${run} ${way}`,
        result.via,
        seconds(result.stepsMs.build),
        seconds(result.stepsMs.links),
        seconds(total),
        result.pages,
      ])
    }
  }
} finally {
  stopWarmRenderers()
  await Promise.all(servers.map(closeServer))
  await api.stop()
  if (!args.has('keep')) fs.rmSync(work, { recursive: true, force: true })
}
console.log(`Change published in each run: ${change === 'article' ? "one article's lead" : 'a new alert'}.`)
printTable(['change', 'way', 'build', 'link check', 'publish → served', 'pages'], rows)
const median = (way: Way) => percentile(totals[way], 0.5)
console.log(
  `\nMedian publish → served (the REST save, the same for both, left out): cold ${seconds(median('cold'))}, ` +
    `warm ${seconds(median('warm'))}, cold/warm ${(median('cold') / median('warm')).toFixed(1)}×.`,
)
