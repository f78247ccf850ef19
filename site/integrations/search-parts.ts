import { createHash } from 'node:crypto'

/**
 * How the search index is cut into parts, so that one change re-indexes one part: the pages of the big sections
 * go into a fixed number of buckets by a hash of their path (stable from build to build, whatever is added),
 * every other page into the main part. The main part's bundle is served at /pagefind/ and the search page merges
 * the others (/pagefind/czesci/<part>/) into it.
 */
export const MAIN_PART = 'glowna'

const BUCKETS: Record<string, number> = { bip: 16, aktualnosci: 8, wydarzenia: 4, informator: 2 }

/**
 * Each page's part as worked out so far in this process: the warm renderer asks again for the same 30,000 pages at
 * every publish (0.05 s of hashing).
 */
const known = new Map<string, string>()

/** The part of a page, from its file in the build (e.g. `bip/dokument/123/index.html`). */
export function searchPartOf(file: string): string {
  let part = known.get(file)
  if (part === undefined) {
    part = partOf(file)
    known.set(file, part)
  }
  return part
}

function partOf(file: string): string {
  const section = file.split('/')[0]!
  const buckets = BUCKETS[section]
  if (!buckets || !file.includes('/')) return MAIN_PART
  const bucket = createHash('sha1').update(file).digest().readUInt32BE(0) % buckets
  return `${section}-${bucket}`
}
