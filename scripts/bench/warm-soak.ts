/**
 * Soak of the warm renderer (issue 15): many changes in a row through the REST API, each rendered warm into the
 * same site folder (as publishes bring the live release's clone up to date), and every `--check-every` changes an
 * identity check: a fresh cold `astro build` at the same "now" must give the very same files (the sitemap's dates by
 * the history rule of `differencesThroughHistory`). Prints per check the differences, the paths rendered since the
 * last check and the renderer's resident memory: no drift, memory flat. The changes rotate through an article's
 * lead, a new article, a new BIP document, a new alert (valid ten minutes of the build clock, so alerts also end by
 * the clock) and a settings change. Use a small generated gmina (its own database):
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_soak pnpm exec tsx scripts/bench/generate-gmina.ts --years 1 --scale 0.5
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_soak pnpm exec tsx scripts/bench/warm-soak.ts [--changes 500] [--check-every 50]
 */
import fs from 'node:fs'
import path from 'node:path'
import { astroBuild } from '@ratusz/publisher'
import { differencesThroughHistory, WarmRenderer } from '@ratusz/publisher/warm'
import { siteBuildEnv } from '@ratusz/site-build'
import { adminCredentials } from '../../cms/src/seed/admin-credentials'
import { repoDir } from '../lib/paths'
import { numberArg, readArgs } from './lib/args'
import { startBenchApi } from './lib/api-server'
import { CHANGE_KINDS, changeMaker, restClient } from './lib/bench-changes'
import { benchSiteUrl, benchTmp, machine } from './lib/bench-env'
import { printTable, seconds } from './lib/table'

const args = readArgs()
const changes = numberArg(args, 'changes', 500)
const checkEvery = numberArg(args, 'check-every', 50)
const work = path.join(benchTmp, 'warm-soak')
fs.rmSync(work, { recursive: true, force: true })
const siteDir = path.join(repoDir, 'site')
const outDir = path.join(work, 'warm')

const api = await startBenchApi()
const env = siteBuildEnv({ cmsUrl: api.url, siteUrl: benchSiteUrl })
const rows: (string | number)[][] = []
let renderer: WarmRenderer | undefined
let failed = false
try {
  console.log(machine())
  const { adminEmail, adminPassword } = adminCredentials()
  const makeChange = await changeMaker(await restClient(api.url, adminEmail, adminPassword), benchSiteUrl, {
    alertMinutes: 10,
  })
  const firstNow = new Date().toISOString()
  const started = await WarmRenderer.start({
    repoDir,
    siteDir,
    outDir,
    cacheDir: path.join(work, 'warm-cache'),
    env: { ...env, RATUSZ_BUILD_NOW: firstNow },
  })
  renderer = started.renderer
  console.log(`The renderer's first build: ${seconds(started.buildMs)}`)
  // every build's "now" that a page may still carry as its date in the sitemap: the first build's too (a page that
  // no change touched since, now that a settings change of the contact details no longer dates every page)
  const dated: string[] = [firstNow]
  let rendered = 0
  let renderMs = 0
  for (let change = 1; change <= changes; change += 1) {
    await makeChange(CHANGE_KINDS[(change - 1) % CHANGE_KINDS.length]!, change)
    const now = new Date().toISOString()
    const before = performance.now()
    const reply = await renderer.render(outDir, { RATUSZ_BUILD_NOW: now })
    renderMs += performance.now() - before
    if (reply.type !== 'rendered') throw new Error(`change ${change}: the renderer refused: ${reply.reason}`)
    rendered += reply.rendered + reply.spliced
    if (change % checkEvery !== 0) {
      dated.push(now)
      continue
    }
    const cold = path.join(work, `cold-${change}`)
    await astroBuild({
      siteDir,
      cmsUrl: api.url,
      siteUrl: benchSiteUrl,
      outDir: cold,
      cacheDir: path.join(work, `cold-cache-${change}`),
      env: { ...env, RATUSZ_BUILD_NOW: now },
    })
    const drift = differencesThroughHistory(outDir, cold, dated)
    if (drift.length > 0) {
      failed = true
      console.log(
        `After change ${change}, ${drift.length} files differ from a cold build: ${drift.slice(0, 10).join(', ')}`,
      )
    }
    rows.push([change, drift.length, rendered, seconds(renderMs / checkEvery), `${reply.rssMiB} MiB`])
    console.log(rows.at(-1)!.join('  '))
    fs.rmSync(cold, { recursive: true, force: true })
    fs.rmSync(path.join(work, `cold-cache-${change}`), { recursive: true, force: true })
    dated.push(now)
    rendered = 0
    renderMs = 0
  }
} finally {
  renderer?.stop()
  await api.stop()
  if (!args.has('keep')) fs.rmSync(work, { recursive: true, force: true })
}
printTable(
  ['after change', 'files differing', 'pages rendered or spliced since', 'mean render', 'renderer memory'],
  rows,
)
if (failed) process.exit(1)
