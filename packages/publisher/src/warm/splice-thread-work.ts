import { parentPort, workerData } from 'node:worker_threads'
import { spliceFile, SpliceRefused, type RegionBytes } from './splice-regions'
import type { SpliceThreadData, SpliceThreadReply } from './splice-pages'

/*
 * The work of one region-splice thread (started by splice-pages.ts through splice-thread.mjs): splices its share
 * of the pages, synchronously (the thread waits on the disk so the renderer's event loop does not), and answers
 * with the files it wrote, or why it refused.
 */

const { dir, pages, regions } = workerData as SpliceThreadData
const bytes: RegionBytes = new Map(
  regions.map(([name, old, next]) => [name, { old: Buffer.from(old), next: Buffer.from(next) }]),
)

const reply = (message: SpliceThreadReply) => parentPort?.postMessage(message)

try {
  const written: string[] = []
  for (const { file, regions: names } of pages) {
    const own: RegionBytes = new Map([...bytes].filter(([name]) => names.includes(name)))
    if (spliceFile(dir, file, own)) written.push(file)
  }
  reply({ written })
} catch (error) {
  if (!(error instanceof SpliceRefused)) throw error
  reply({ refused: error.message })
}
