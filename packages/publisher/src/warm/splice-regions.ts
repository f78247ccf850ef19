import fs from 'node:fs'
import path from 'node:path'
import { findRegion, splitKey } from '@ratusz/site-build'

/*
 * The banner splice of the warm renderer: a page whose key changed only in a site-wide region's digest
 * (`@ratusz/site-build` regions: the alerts banner) gets the new region spliced into its file instead of being
 * rendered again. See docs/warm-publisher.md.
 */

/**
 * The regions in which a page's key changed, when nothing else of it did (its own part, and which regions it
 * has, are the same); undefined when the page must be rendered (own part changed, or a key is missing).
 */
export function regionsOnlyChange(before: string | undefined, now: string | undefined): string[] | undefined {
  if (before === undefined || now === undefined || before === now) return undefined
  const [was, is] = [splitKey(before), splitKey(now)]
  const names = Object.keys(is.regions).sort()
  if (was.own !== is.own || JSON.stringify(Object.keys(was.regions).sort()) !== JSON.stringify(names))
    return undefined
  const changed = names.filter((name) => was.regions[name] !== is.regions[name])
  return changed.length > 0 ? changed : undefined
}

/** Thrown when a page cannot be proven to take the splice: the publish goes on as a cold build. */
export class SpliceRefused extends Error {}

/** The bytes of region `name` in `page`; refuses when the page does not hold exactly one such region. */
export function regionOf(page: Buffer, name: string, file: string): Buffer {
  const span = findRegion(page, name)
  if (typeof span === 'string') throw new SpliceRefused(`${file}: ${span}`)
  return page.subarray(span.start, span.end)
}

/** `page` with region `name` replaced by `region`; refuses when the page does not hold exactly one. */
export function spliceRegion(page: Buffer, name: string, region: Buffer, file: string): Buffer {
  const span = findRegion(page, name)
  if (typeof span === 'string') throw new SpliceRefused(`${file}: ${span}`)
  return Buffer.concat([page.subarray(0, span.start), region, page.subarray(span.end)])
}

/** What every page held in each region before (`old`) and holds now (`next`). */
export type RegionBytes = Map<string, { old: Buffer; next: Buffer }>

/**
 * Splices `regions` into one page file under `dir`, checking that the region it held was the one every page held
 * before (else it was not a copy of the site-wide region: refused). The new file is written as a temp file renamed
 * over the old one, never in place (the folder may share files with a live release). True when it wrote.
 */
export async function spliceFile(dir: string, file: string, regions: RegionBytes): Promise<boolean> {
  const target = path.join(dir, file)
  const before = await fs.promises.readFile(target)
  let page: Buffer = before
  for (const [name, { old, next }] of regions) {
    if (!regionOf(page, name, file).equals(old))
      throw new SpliceRefused(`${file}: its region "${name}" is not the one the other pages showed`)
    page = spliceRegion(page, name, next, file)
  }
  if (page.equals(before)) return false
  const temp = `${target}.warm-${process.pid}.tmp`
  await fs.promises.writeFile(temp, page)
  await fs.promises.rename(temp, target)
  return true
}

/** Runs `work` over `items`, `limit` at a time (the splice waits on the disk, not the CPU). */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0
  const lane = async () => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
}
