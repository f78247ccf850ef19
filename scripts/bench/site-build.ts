/**
 * Benchmark: a full build of the site from the generated gmina (see generate-gmina.ts): time, pages per second
 * and peak memory of the `astro build` process tree, first with an empty cache (every record fetched from the REST
 * API) and again with the cache of that build (the loaders' incremental sync: only changed records fetched, every
 * page still rendered); then the publisher's checks (internal links, feeds) and the search index when the site
 * has Pagefind. Starts the CMS REST API on $BENCH_API_PORT itself.
 *
 *   pnpm exec tsx scripts/bench/site-build.ts [--keep]
 */
import fs from 'node:fs'
import path from 'node:path'
import { checkFeeds, checkInternalLinks } from '@ratusz/publisher'
import { readArgs } from './lib/args'
import { startBenchApi } from './lib/api-server'
import { benchSiteUrl, benchTmp, machine } from './lib/bench-env'
import { countOutput, measuredAstroBuild, pagefindBin, runMeasured } from './lib/measured-build'
import { megabytes, printTable, seconds } from './lib/table'

const args = readArgs()
const work = path.join(benchTmp, 'site-build')
fs.rmSync(work, { recursive: true, force: true })
fs.mkdirSync(work, { recursive: true })

const api = await startBenchApi()
const rows: (string | number)[][] = []
let lastOut = ''
try {
  const count = async (collection: string) =>
    ((await (await fetch(`${api.url}/api/${collection}?limit=1&depth=0`)).json()) as { totalDocs: number })
      .totalDocs
  const records = ['articles', 'events', 'newsletter-issues', 'bip-documents', 'bip-changes']
  const totals = await Promise.all(records.map(count))
  console.log(
    `${machine()}\nPublic records: ${records.map((name, i) => `${totals[i]} ${name}`).join(', ')}\n`,
  )

  const cacheDir = path.join(work, 'astro-cache')
  const fileCacheDir = path.join(work, 'file-cache')
  for (const run of ['cold cache', 'warm cache'] as const) {
    const outDir = path.join(work, `out-${run.replace(' ', '-')}`)
    const result = await measuredAstroBuild({
      cmsUrl: api.url,
      siteUrl: benchSiteUrl,
      outDir,
      cacheDir,
      fileCacheDir,
    })
    const output = countOutput(outDir)
    rows.push([
      `astro build, ${run}`,
      seconds(result.ms),
      `${output.pages} pages, ${output.files} files, ${megabytes(output.bytes)}`,
      `${(output.pages / (result.ms / 1000)).toFixed(0)} pages/s`,
      megabytes(result.peakBytes),
    ])
    lastOut = outDir
  }

  let started = performance.now()
  const broken = checkInternalLinks(lastOut)
  rows.push(['check internal links', seconds(performance.now() - started), `${broken.length} broken`, '', ''])
  started = performance.now()
  const badFeeds = checkFeeds(lastOut)
  rows.push(['check feeds', seconds(performance.now() - started), `${badFeeds.length} bad`, '', ''])

  const pagefind = pagefindBin()
  if (pagefind) {
    const result = await runMeasured(pagefind, ['--site', lastOut], { cwd: work })
    const indexed = /Indexed (\d+) pages?/.exec(result.tail)?.[1] ?? '?'
    rows.push([
      'search index (Pagefind)',
      seconds(result.ms),
      `${indexed} pages indexed`,
      `${(Number(indexed) / (result.ms / 1000)).toFixed(0)} pages/s`,
      megabytes(result.peakBytes),
    ])
  } else {
    rows.push(['search index (Pagefind)', '–', 'the site has no Pagefind yet', '', ''])
  }
} finally {
  await api.stop()
  if (!args.has('keep')) fs.rmSync(work, { recursive: true, force: true })
}
printTable(['step', 'time', 'output', 'rate', 'peak memory'], rows)
