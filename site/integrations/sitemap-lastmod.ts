import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { readKeptJson, writeKeptJson } from '@ratusz/site-build'
import { withoutRegions } from '@ratusz/site-build/regions'

/**
 * The date a page last changed, and what it was made of then; for an article page also the article's own time of
 * change as its page states it (kept while the version is the same, so the page is not read again).
 */
export type PageDate = { version: string; lastmod: string; modified?: string }
/** The dates of the pages of the last sitemap, by file in the build (`aktualnosci/dozynki/index.html`). */
export type PageDates = Record<string, PageDate>

/**
 * What a built page is made of: its version in Astro's incremental build when it has one (route template and
 * cache key, see readPageVersions), else a digest of the file without its site-wide regions (pages without a key
 * are rendered in every build).
 * Undefined when the file cannot be read.
 */
export async function pageVersion(
  outDir: string,
  file: string,
  pageVersions: ReadonlyMap<string, string>,
): Promise<string | undefined> {
  const version = pageVersions.get(file)
  if (version !== undefined) return version
  try {
    return createHash('sha1')
      .update(withoutRegions(await fs.promises.readFile(path.join(outDir, file))))
      .digest('base64url')
  } catch {
    return undefined
  }
}

/**
 * A copy of a string in one piece. A version is its template's hash joined to a slice of the page's key (see
 * readPageVersions), and an article's time a match in the page's head: V8 keeps both as references to the
 * whole key or head, so a date kept from build to build (in the warm renderer) would keep them alive with it.
 */
export const inOnePiece = (text: string): string => Buffer.from(text).toString()

/** The date of a page of `version` in this build: the one `kept` for it while it is the same, else `now`. */
export function pageDate(kept: PageDate | undefined, version: string | undefined, now: Date): PageDate {
  return kept && version !== undefined && kept.version === version
    ? kept
    : { version: inOnePiece(version ?? ''), lastmod: now.toISOString() }
}

/**
 * The dates kept between builds, by sitemap chunk (sitemap-chunks.ts): its pages' pathnames, in order, and each
 * one's date. Earlier builds kept one record of every page's date by file (no `byChunk`): read as well.
 */
type ChunkDates = { pathnames: readonly string[]; dates: readonly PageDate[] }
type KeptDates = { byChunk: Record<string, ChunkDates> }

/** The last build's date of a page (`bip/`), looked up in its chunk first. */
export type PreviousDates = (chunk: string, pathname: string) => PageDate | undefined

/** The dates the last build kept (none when it kept none or they cannot be read). Read-only. */
export const readPageDates = (file: string): PreviousDates => {
  const kept = readKeptJson<Partial<KeptDates> & PageDates>(file, {} as PageDates)
  const byChunk = (typeof kept.byChunk === 'object' && kept.byChunk) || {}
  /** Each chunk's dates by pathname, made when first asked for. */
  const chunks = new Map<string, Map<string, PageDate>>()
  const datesOf = (chunk: string) => {
    let dates = chunks.get(chunk)
    if (!dates) {
      const { pathnames = [], dates: list = [] } = byChunk[chunk] ?? {}
      dates = new Map(pathnames.map((pathname, i) => [pathname, list[i]!]))
      chunks.set(chunk, dates)
    }
    return dates
  }
  /** Every page's date, for a page not found in its chunk (new, or in another one then): made when needed. */
  let every: Map<string, PageDate> | undefined
  const everyDate = () =>
    (every ??= kept.byChunk
      ? new Map(Object.keys(byChunk).flatMap((chunk) => [...datesOf(chunk)]))
      : new Map(
          Object.entries(kept as PageDates).map(([page, date]) => [page.replace(/index\.html$/, ''), date]),
        ))
  return (chunk, pathname) => datesOf(chunk).get(pathname) ?? everyDate().get(pathname)
}

/** Keeps this build's dates, by chunk, for the next one. */
export const writePageDates = (file: string, chunks: ReadonlyMap<string, ChunkDates>): void =>
  writeKeptJson(file, {
    byChunk: Object.fromEntries(
      [...chunks].map(([chunk, { pathnames, dates }]) => [chunk, { pathnames, dates }]),
    ),
  } satisfies KeptDates)
