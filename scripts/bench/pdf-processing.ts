/**
 * Benchmark: reading a 100-page periodical issue as the CMS's PDF job does (the upload check, then the text of
 * every page, the metadata and the cover from page 1), with time and peak memory.
 *
 *   pnpm exec tsx scripts/bench/pdf-processing.ts [pages=100] [runs=3]
 */
import { createRequire } from 'node:module'
import { issuePdf } from '../../cms/src/seed/files/issue-pdfs'
import { inspectPdf } from '../../packages/payload-plugin/src/plugins/periodicals/pdf/inspect-pdf'
import { processPdf } from '../../packages/payload-plugin/src/plugins/periodicals/pdf/process-pdf'
import type { SharpLike } from '../../packages/payload-plugin/src/plugins/periodicals/pdf/render-cover'

const require = createRequire(new URL('../../cms/package.json', import.meta.url))
const sharp = require('sharp') as SharpLike

const pages = Number(process.argv[2] ?? 100)
const runs = Number(process.argv[3] ?? 3)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Samples the resident set size every 5 ms and keeps the highest. */
const watchMemory = () => {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5)
  return () => {
    clearInterval(timer)
    return Math.max(peak, process.memoryUsage().rss)
  }
}

const paragraph =
  'Radni Gminy Lipowa Wola przyjęli uchwałę w sprawie dofinansowania wymiany źródeł ciepła. Mieszkańcy mogą składać wnioski w urzędzie do końca października; szczegóły na stronie gminy i w sołectwach (Żółta Łąka, Dębina, Brzozówka).'
const articles = Array.from({ length: pages - 3 }, (_, index) => ({
  title: `Artykuł ${index + 1}: sprawy gminy`,
  paragraphs: Array.from({ length: 8 }, () => paragraph),
}))
const bytes = await issuePdf({
  masthead: 'Informator Lipowej Woli',
  number: '1/2026',
  dateLine: 'styczeń 2026',
  title: 'Informator Lipowej Woli nr 1/2026',
  articles,
  scannedPage: true,
})
console.log(
  `PDF: ${pages} pages, ${mb(bytes.length)}; Node ${process.version}; baseline RSS ${mb(process.memoryUsage().rss)}`,
)

for (let run = 1; run <= runs; run += 1) {
  const stop = watchMemory()
  const started = performance.now()
  const check = await inspectPdf({ bytes, size: bytes.length, maxFileSizeMB: 40 })
  const checked = performance.now()
  const result = await processPdf(bytes, {
    maxPages: 400,
    timeLimitSeconds: 120,
    warnFileSizeMB: 15,
    coverWith: sharp,
  })
  const done = performance.now()
  const peak = stop()
  const characters = result.pages.reduce((sum, page) => sum + page.text.length, 0)
  console.log(
    `run ${run}: check ${(checked - started).toFixed(0)} ms (ok=${check.ok}), processing ${(done - checked).toFixed(0)} ms ` +
      `(${result.pageCount} pages, ${characters} characters, cover ${((result.cover?.length ?? 0) / 1024).toFixed(0)} kB), peak RSS ${mb(peak)}`,
  )
}
