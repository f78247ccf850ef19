import fs from 'node:fs'
import path from 'node:path'
import { findRegion, splitKey } from '@ratusz/site-build'
import { writeIfChanged, type SitePath } from './render-paths'

/*
 * The region splice of the warm renderer: a page whose key changed only in a site-wide region's digest
 * (`@ratusz/site-build` regions: the alerts banner, the footer's contact details) gets the new region spliced into
 * its file instead of being rendered again. See docs/warm-publisher.md.
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

/** A page whose key changed only in site-wide regions: those regions are spliced into its file. */
export type PageToSplice = { sitePath: SitePath; regions: string[] }

/**
 * What a render does with each path of the site: nothing (same version), splice (only site-wide regions' digests
 * changed, on the same route) or render (anything else, or no key).
 */
export function sortChanges(current: readonly SitePath[], previous: ReadonlyMap<string, SitePath>) {
  const toRender: SitePath[] = []
  const toSplice: PageToSplice[] = []
  for (const sitePath of current) {
    const before = previous.get(sitePath.file)
    if (sitePath.version !== undefined && before?.version === sitePath.version) continue
    const regions =
      before?.route.component === sitePath.route.component
        ? regionsOnlyChange(before.cacheKey, sitePath.cacheKey)
        : undefined
    if (regions) toSplice.push({ sitePath, regions })
    else toRender.push(sitePath)
  }
  return { toRender, toSplice, names: [...new Set(toSplice.flatMap((page) => page.regions))] }
}

/**
 * The regions to splice as the pages rendered in the same request show them: every such page must show each
 * region with the very same bytes (else the region depends on the page), and a keyed page whose key names the
 * region must show it. Refuses otherwise.
 */
export class RenderedRegions {
  private readonly seen = new Map<string, Buffer>()
  constructor(readonly names: readonly string[]) {}

  check(bytes: Buffer, sitePath: SitePath): void {
    const keyed = sitePath.cacheKey === undefined ? {} : splitKey(sitePath.cacheKey).regions
    for (const name of this.names) {
      const span = findRegion(bytes, name)
      if (typeof span === 'string') {
        if (name in keyed) throw new SpliceRefused(`${sitePath.file}: ${span}`)
        continue
      }
      const region = bytes.subarray(span.start, span.end)
      const seen = this.seen.get(name)
      if (!seen) this.seen.set(name, region)
      else if (!seen.equals(region))
        throw new SpliceRefused(`${sitePath.file}: its region "${name}" differs from another page's`)
    }
  }
}

/**
 * Splices `toSplice` into their files under `outDir`. The first page (the probe) is rendered in full by
 * `renderProbe`, and its old file with the new regions spliced in must be exactly that render: it gives the
 * regions' old and new bytes for every other page, 16 files at a time. The files written; refuses as above.
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
  await eachLimited(toSplice.slice(1), 16, async ({ sitePath, regions: names }) => {
    const own = new Map([...regions].filter(([name]) => names.includes(name)))
    if (await spliceFile(outDir, sitePath.file, own)) written.push(sitePath.file)
  })
  return written
}
