import fs from 'node:fs'
import path from 'node:path'
import { findRegion, replaceSpans, splitKey, type RegionSpan } from '@ratusz/site-build'
import type { SitePath } from './render-paths'

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
 * The buffers a splice reads a page into and writes it from, kept from call to call (one set per thread): a
 * splice of 30,000 pages then allocates nothing per page. Buffers made and dropped per page on the splice threads
 * stayed with the renderer as memory their thread's allocator did not give back (+160–390 MiB, climbing).
 */
const scratch = { page: Buffer.allocUnsafe(1 << 20), out: Buffer.allocUnsafe(1 << 20) }

/** The bytes of `file` in `scratch.page` (valid until the next read). */
function readIntoScratch(file: string): Buffer {
  const fd = fs.openSync(file, 'r')
  try {
    const { size } = fs.fstatSync(fd)
    if (size > scratch.page.length) scratch.page = Buffer.allocUnsafe(size * 2)
    let length = 0
    for (let read = -1; read !== 0 && length < size; length += read)
      read = fs.readSync(fd, scratch.page, length, size - length, length)
    return scratch.page.subarray(0, length)
  } finally {
    fs.closeSync(fd)
  }
}

/** Writes `pieces` one after the other as the new file `file` (which must not exist). */
function writeNewFile(file: string, pieces: readonly Buffer[]): void {
  const size = pieces.reduce((sum, piece) => sum + piece.length, 0)
  if (size > scratch.out.length) scratch.out = Buffer.allocUnsafe(size * 2)
  let at = 0
  for (const piece of pieces) at += piece.copy(scratch.out, at)
  const fd = fs.openSync(file, 'wx')
  try {
    for (let written = 0; written < size;) written += fs.writeSync(fd, scratch.out, written, size - written)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Splices `regions` into one page file under `dir`, checking that the region it held was the one every page held
 * before (else it was not a copy of the site-wide region: refused). The old file is unlinked and the new one
 * written under its name, never in place: the folder is a release being prepared, and its old file may be a hard
 * link to the live release's (which keeps its bytes). Renaming a temp file over it instead costs ext4 a flush of
 * the new file's data (auto_da_alloc) on each of 30,000 pages. True when it wrote.
 */
export function spliceFile(dir: string, file: string, regions: RegionBytes): boolean {
  const target = path.join(dir, file)
  const page = readIntoScratch(target)
  const spans: (RegionSpan & { bytes: Buffer })[] = []
  for (const [name, { old, next }] of regions) {
    const span = findRegion(page, name)
    if (typeof span === 'string') throw new SpliceRefused(`${file}: ${span}`)
    if (!page.subarray(span.start, span.end).equals(old))
      throw new SpliceRefused(`${file}: its region "${name}" is not the one the other pages showed`)
    if (!old.equals(next)) spans.push({ ...span, bytes: next })
  }
  if (spans.length === 0) return false
  const pieces = replaceSpans(page, spans)
  if (!pieces) throw new SpliceRefused(`${file}: its regions overlap`)
  fs.unlinkSync(target)
  writeNewFile(target, pieces)
  return true
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
