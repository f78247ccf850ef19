/**
 * Benchmark: builds of the site from the generated gmina (see generate-gmina.ts): time, pages per second and peak
 * memory of the `astro build` process tree, and the search indexing inside it. First a full build with an empty
 * cache (every record fetched from the REST API, every page rendered, every search part indexed); then, with
 * nothing changed, an incremental build into an empty folder (every page copied from Astro's cache) and one into
 * a copy of the last output, as the publisher does (nothing written). Then the publisher's checks (internal links,
 * all pages read; feeds). Starts the CMS REST API on $BENCH_API_PORT itself.
 *
 *   pnpm exec tsx scripts/bench/site-build.ts [--keep]
 */
import fs from 'node:fs'
import path from 'node:path'
import { checkFeeds, checkInternalLinks } from '@ratusz/publisher'
import { readArgs } from './lib/args'
import { startBenchApi } from './lib/api-server'
import { benchSiteUrl, benchTmp, machine } from './lib/bench-env'
import { countOutput, measuredAstroBuild } from './lib/measured-build'
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
  const runs = [
    { name: 'full build, empty cache', out: 'full', prefilled: false },
    { name: 'nothing changed, into an empty folder', out: 'restored', prefilled: false },
    { name: 'nothing changed, into a copy of the last output', out: 'prefilled', prefilled: true },
  ]
  for (const run of runs) {
    const outDir = path.join(work, run.out)
    if (run.prefilled) {
      const started = performance.now()
      fs.cpSync(lastOut, outDir, { recursive: true })
      rows.push(['copy of the last output', seconds(performance.now() - started), '', '', ''])
    }
    const result = await measuredAstroBuild({
      cmsUrl: api.url,
      siteUrl: benchSiteUrl,
      outDir,
      cacheDir,
      fileCacheDir,
      prefilled: run.prefilled,
    })
    const output = countOutput(outDir)
    rows.push([
      `astro build: ${run.name}`,
      seconds(result.ms),
      `${output.pages} pages, ${output.files} files, ${megabytes(output.bytes)}`,
      `${(output.pages / (result.ms / 1000)).toFixed(0)} pages/s`,
      megabytes(result.peakBytes),
    ])
    const search = /search index in \S+: (\d+) of (\d+) parts indexed again \((\d+) pages\) in (\d+) ms/.exec(
      result.tail,
    )
    if (search) {
      const [, parts, total, pages, ms] = search
      rows.push([
        '  of which search index (Pagefind)',
        seconds(Number(ms)),
        `${parts} of ${total} parts, ${pages} pages indexed`,
        Number(pages) > 0 ? `${(Number(pages) / (Number(ms) / 1000)).toFixed(0)} pages/s` : '',
        '',
      ])
    }
    lastOut = outDir
  }

  let started = performance.now()
  const broken = checkInternalLinks(lastOut)
  rows.push(['check internal links', seconds(performance.now() - started), `${broken.length} broken`, '', ''])
  started = performance.now()
  const badFeeds = checkFeeds(lastOut)
  rows.push(['check feeds', seconds(performance.now() - started), `${badFeeds.length} bad`, '', ''])
} finally {
  await api.stop()
  if (!args.has('keep')) fs.rmSync(work, { recursive: true, force: true })
}
printTable(['step', 'time', 'output', 'rate', 'peak memory'], rows)
