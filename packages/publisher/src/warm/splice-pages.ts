import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { writeIfChanged, type SitePath } from './render-paths'
import {
  regionOf,
  spliceRegion,
  SpliceRefused,
  type PageToSplice,
  type RegionBytes,
  type RenderedRegions,
} from './splice-regions'

/*
 * The region splice of a render's pages (splice-regions.ts has what is done to one page): a probe page proves
 * the regions' bytes, then every other page is spliced on threads of its own. Each page is a read, two lookups and
 * a new file, mostly the kernel's work, which a second thread does beside the first (30,000 pages: about half the
 * time of one thread or of Node's asynchronous file calls; docs/performance.md).
 */

/** A page to splice: its file under the folder and the regions its key says changed. */
export type SpliceItem = { file: string; regions: string[] }

/** What a thread is given: the folder, its share of the pages, each region's old and new bytes. */
export type SpliceThreadData = {
  dir: string
  pages: SpliceItem[]
  regions: [name: string, old: Uint8Array, next: Uint8Array][]
}

/** A thread's answer: the files it wrote, or why a page could not take the splice. */
export type SpliceThreadReply = { written: string[] } | { refused: string }

const threadFile = new URL('./splice-thread.mjs', import.meta.url)

/** Threads to splice on: one per core, at most 2 (more only contend for the file system's journal). */
export const spliceThreadCount = () => Math.min(2, os.availableParallelism())

/**
 * Splices `regions` into every page of `pages` under `dir`, on `threads` threads (each takes every n-th page).
 * Resolves with the files written; rejects with SpliceRefused when a page refused (the other threads are
 * stopped: the folder is then half spliced, and the caller throws it away, as after any refusal).
 */
export async function spliceInThreads(
  dir: string,
  pages: readonly SpliceItem[],
  regions: RegionBytes,
  threads = spliceThreadCount(),
): Promise<string[]> {
  const count = Math.max(1, Math.min(threads, pages.length))
  const shared = [...regions].map(([name, { old, next }]): SpliceThreadData['regions'][number] => [
    name,
    old,
    next,
  ])
  const workers = Array.from(
    { length: count },
    (_, index) =>
      new Worker(threadFile, {
        execArgv: [],
        workerData: {
          dir,
          pages: pages.filter((_, at) => at % count === index),
          regions: shared,
        } satisfies SpliceThreadData,
      }),
  )
  const replies = workers.map(
    (worker) =>
      new Promise<string[]>((resolve, reject) => {
        worker.once('message', (reply: SpliceThreadReply) =>
          'refused' in reply ? reject(new SpliceRefused(reply.refused)) : resolve(reply.written),
        )
        worker.once('error', reject)
        worker.once('exit', (code) => reject(new Error(`a region-splice thread ended with code ${code}`)))
      }),
  )
  try {
    return (await Promise.all(replies)).flat()
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}

/**
 * Splices `toSplice` into their files under `outDir`. The first page (the probe) is rendered in full by
 * `renderProbe`, and its old file with the new regions spliced in must be exactly that render: it gives the
 * regions' old and new bytes for every other page, spliced on threads (`spliceInThreads`). The files written;
 * refuses as above.
 */
export async function splicePages(
  outDir: string,
  toSplice: readonly PageToSplice[],
  rendered: RenderedRegions,
  renderProbe: (sitePath: SitePath) => Promise<Buffer | null>,
): Promise<string[]> {
  if (toSplice.length === 0) return []
  const probe = toSplice[0]!.sitePath
  const old = fs.readFileSync(path.join(outDir, probe.file))
  const bytes = await renderProbe(probe)
  if (!bytes) throw new SpliceRefused(`${probe.file}: rendered no file`)
  rendered.check(bytes, probe)
  const regions: RegionBytes = new Map()
  let spliced: Buffer = old
  for (const name of rendered.names) {
    const next = regionOf(bytes, name, probe.file)
    regions.set(name, { old: regionOf(old, name, probe.file), next })
    spliced = spliceRegion(spliced, name, next, probe.file)
  }
  if (!spliced.equals(bytes))
    throw new SpliceRefused(`${probe.file}: the page with its regions spliced differs from its render`)
  const written = writeIfChanged(outDir, probe.file, bytes) ? [probe.file] : []
  const others = toSplice
    .slice(1)
    .map(({ sitePath, regions: names }) => ({ file: sitePath.file, regions: names }))
  return others.length === 0 ? written : [...written, ...(await spliceInThreads(outDir, others, regions))]
}
