import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  noteWritten,
  readKeptJson,
  readPageVersions,
  removeFromOutput,
  renderedSince,
  writeKeptJson,
} from '@ratusz/site-build'
import type { AstroIntegration } from 'astro'
import { readBuildNow } from '../src/lib/build/build-now'
import { SITEMAP_PATH } from '../src/lib/seo/sitemap-path'
import { linkOrCopy, sameFile } from './cached-files'
import { chunkFile, sitemapChunks } from './sitemap-chunks'
import {
  inOnePiece,
  pageDate,
  type PageDate,
  pageVersion,
  readPageDates,
  writePageDates,
} from './sitemap-lastmod'
import { indexXml, urlsetXml, type SitemapUrl } from './sitemap-xml'

/** An article page's file: aktualnosci/<slug>/index.html (lists and categories have more segments). */
const ARTICLE_PAGE = /^aktualnosci\/[^/]+\/index\.html$/
const MODIFIED_TIME = /<meta property="article:modified_time" content="([^"]+)"/
const CHUNK = 16_384

/**
 * The `article:modified_time` of a built page, read from its head: the article's updatedAt as the store held it
 * when the page was rendered. Undefined when the page has none or cannot be read.
 */
export async function pageModifiedTime(file: string): Promise<string | undefined> {
  let handle
  try {
    handle = await open(file)
  } catch {
    return undefined
  }
  try {
    let head = ''
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(CHUNK), 0, CHUNK, null)
      head += buffer.toString('utf8', 0, bytesRead)
      const end = head.indexOf('</head>')
      const found = MODIFIED_TIME.exec(end < 0 ? head : head.slice(0, end))?.[1]
      // the date is kept from build to build: not as a slice of the page's head
      if (found || bytesRead === 0 || end >= 0) return found && inOnePiece(found)
    }
  } finally {
    await handle.close()
  }
}

/** The files of the sitemap in the site's root: its index, its chunks, and `/sitemap.xml`. */
const SITEMAP_FILE = /^sitemap(-[a-z0-9-]+)?\.xml$/
/** The sitemap's index, which lists its chunks; `/sitemap.xml` is a copy of it. */
const INDEX_FILE = 'sitemap-index.xml'
/** The error pages, never in a sitemap. */
const STATUS_PAGE = /^(404|500)\/?$/
/** What a chunk's signature is made of besides its URLs; a change writes every chunk again. */
const CHUNK_FORMAT = 1

/** A page's pathname as the sitemap takes it: `bip/` (the home page ``), with no leading slash. */
const normalPathname = (pathname: string) => {
  const bare = pathname.replace(/^\/+/, '')
  return bare === '' || bare.endsWith('/') ? bare : `${bare}/`
}

/** What a chunk's XML is made from, as a digest: the same digest, the same XML. */
const chunkSignature = (entries: readonly SitemapUrl[]) =>
  createHash('sha1')
    .update(JSON.stringify([CHUNK_FORMAT, entries]))
    .digest('base64url')

const sameUrls = (a: readonly SitemapUrl[], b: readonly SitemapUrl[]) =>
  a.length === b.length && a.every((entry, i) => entry.url === b[i]!.url && entry.lastmod === b[i]!.lastmod)

/** Replaces `target` by a new file (renamed over it, never written in place) with `bytes`, or as a link to `source`. */
const replaceFile = (target: string, content: { bytes: Buffer } | { source: string }) => {
  const temp = `${target}.${process.pid}.new`
  fs.rmSync(temp, { force: true })
  if ('bytes' in content) fs.writeFileSync(temp, content.bytes)
  else linkOrCopy(content.source, temp)
  fs.renameSync(temp, target)
}

/** The chunks' XML kept between builds (in the cache's `sitemap/`) and what each was made from. */
type ChunksState = Record<string, { signature: string }>

/** A chunk as a build made it: its pages (in order), their URLs with their dates, each page's date, its signature. */
type Chunk = { pathnames: string[]; entries: SitemapUrl[]; dates: PageDate[]; signature: string }

/** The last build in this process: its number of pages, its chunks, and each page's chunk (by pathname). */
type LastBuild = { pages: number; chunks: Map<string, Chunk>; chunkOf: Map<string, string> }

/** Where `pathname` is in a chunk's pathnames, which are in order by code unit (sitemapChunks); -1 when not. */
const indexIn = (pathnames: readonly string[], pathname: string) => {
  let low = 0
  let high = pathnames.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const found = pathnames[middle]!
    if (found === pathname) return middle
    if (found < pathname) low = middle + 1
    else high = middle - 1
  }
  return -1
}

/**
 * The sitemap: every page's URL with a `lastmod`, the date its page last changed:
 * - an article page: the article's updatedAt, read from the page the build has just written (so the sitemap and
 *   the page always agree, and the CMS is not asked a second time);
 * - any other page: the build in which the page last changed, by the build's "now". A page whose version (its
 *   incremental-build key and template, or the file itself for a page without a key) is the same as when the
 *   last build dated it keeps that date. So a BIP document or a list that nothing touched keeps its date from
 *   publish to publish, and a list gets a new one when an item it shows changes. Dating every page with the
 *   build's time would tell search engines that all changed at every publish, until they ignored lastmod.
 *   A page's version is that of its own content: the alerts banner and the footer's contact details (site-wide
 *   regions, see `@ratusz/site-build/regions`) do not date every page. (A change of the layout outside them, such
 *   as the gmina's name in every header, dates them all; the first build dates all.)
 *
 * The URLs are cut into files by section (sitemap-chunks.ts), listed by `sitemap-index.xml` with each file's
 * latest date; `/sitemap.xml`, where crawlers look first and robots.txt points, is a copy of the index. A file
 * whose URLs and dates are the same as when the cache's copy was made is that copy (linked into the site, or left
 * there when the site already has it): the warm renderer's publish of one article writes one or two files of a
 * few thousand URLs, not one of 30,000 (the XML itself comes from the `sitemap` library). In the warm renderer,
 * which names the pages it rendered again (`renderedSince`), only those are dated again; every other page keeps
 * its URL and date of the last build, in the same files.
 *
 * Files are replaced (a new file renamed over the old one), never written in place: the build folder may be a
 * hardlink clone of the live release (the warm publisher), whose files must stay as they are.
 */
export const sitemapIntegration = (): AstroIntegration => {
  let siteUrl: URL | undefined
  let cacheDir = ''
  /** The last build's pages' URLs by pathname: the warm renderer's next build mostly has the same pages. */
  let lastUrls = new Map<string, string>()
  /**
   * The last build in this process. When the warm renderer says the next one has the same pages and names those it
   * rendered again (`renderedSince`), a chunk keeps the last build's URLs and dates but those of the pages named;
   * in any build, a chunk of the same URLs and dates as the last one takes its signature from it, without
   * serializing and hashing them.
   */
  let last: LastBuild | undefined
  return {
    name: 'ratusz-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
        siteUrl = config.site
          ? new URL(config.base.endsWith('/') ? config.base : `${config.base}/`, config.site)
          : undefined
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!siteUrl) {
          logger.warn('no sitemap: the site has no address (`site`)')
          return
        }
        const base = siteUrl
        const outDir = fileURLToPath(dir)
        const now = readBuildNow()
        const pageVersions = readPageVersions(cacheDir, { ownContent: true })
        const datesFile = path.join(cacheDir, 'sitemap-dates.json')
        const previousDate = readPageDates(datesFile)
        const urls = new Map<string, string>()
        const urlOf = (pathname: string) => {
          const url = lastUrls.get(pathname) ?? new URL(`${base.pathname}${pathname}`, base).href
          urls.set(pathname, url)
          return url
        }
        /** A page of a chunk dated in this build, and its URL with that date. */
        const datePage = async (chunk: string, pathname: string) => {
          const file = `${pathname}index.html`
          // a keyed page's version without an await (a microtask for each of 30,000 pages)
          const version = pageVersions.get(file) ?? (await pageVersion(outDir, file, pageVersions))
          const kept = previousDate(chunk, pathname)
          let date = pageDate(kept, version, now)
          // an article page of the same version states the same time: read only when the page is new or changed
          if (ARTICLE_PAGE.test(file) && (date !== kept || date.modified === undefined)) {
            const modified = await pageModifiedTime(path.join(outDir, file))
            if (modified !== undefined) date = { ...date, modified }
          }
          return { date, entry: { url: urlOf(pathname), lastmod: date.modified ?? date.lastmod } }
        }
        /** A chunk's pages dated, as `before` but those `changed` (all when there is no `before`). */
        const makeChunk = async (
          chunk: string,
          pathnames: string[],
          before?: Chunk,
          changed?: readonly string[],
        ): Promise<Chunk> => {
          const entries = before && changed ? before.entries.slice() : []
          const dates = before && changed ? before.dates.slice() : []
          for (const [i, pathname] of (changed ?? pathnames).entries()) {
            const at = changed ? indexIn(pathnames, pathname) : i
            if (at < 0) continue
            const { date, entry } = await datePage(chunk, pathname)
            entries[at] = entry
            dates[at] = date
          }
          const made = before ?? last?.chunks.get(chunk)
          const signature = made && sameUrls(made.entries, entries) ? made.signature : chunkSignature(entries)
          return { pathnames, entries, dates, signature }
        }

        const rendered = renderedSince()
        const kept = rendered && last?.pages === pages.length ? last : undefined
        /** The pages rendered again, by chunk: only these are dated again when the last build's can be kept. */
        const changed = new Map<string, string[]>()
        for (const file of kept ? rendered!.files : []) {
          if (!file.endsWith('index.html')) continue
          const pathname = file.slice(0, -'index.html'.length)
          const chunk = kept!.chunkOf.get(pathname)
          if (!chunk) continue
          const named = changed.get(chunk)
          if (named) named.push(pathname)
          else changed.set(chunk, [pathname])
        }
        let layout: Map<string, string[]>
        let chunkOf: Map<string, string>
        if (kept) {
          layout = new Map([...kept.chunks].map(([chunk, { pathnames }]) => [chunk, pathnames]))
          chunkOf = kept.chunkOf
        } else {
          const pathnames = [...new Set(pages.map((page) => normalPathname(page.pathname)))].filter(
            (pathname) => !STATUS_PAGE.test(pathname),
          )
          layout = sitemapChunks(pathnames)
          chunkOf = new Map(
            [...layout].flatMap(([chunk, names]) => names.map((name) => [name, chunk] as const)),
          )
        }

        const keptDir = path.join(cacheDir, 'sitemap')
        const stateFile = path.join(keptDir, 'chunks.json')
        const keptState = readKeptJson<ChunksState>(stateFile, {})
        const state: ChunksState = {}
        const index: SitemapUrl[] = []
        const written = new Set<string>()
        const chunks = new Map<string, Chunk>()
        fs.mkdirSync(keptDir, { recursive: true })
        for (const [chunk, chunkPathnames] of layout) {
          const before = kept?.chunks.get(chunk)
          const made = !before
            ? await makeChunk(chunk, chunkPathnames)
            : changed.has(chunk)
              ? await makeChunk(chunk, chunkPathnames, before, changed.get(chunk))
              : before
          chunks.set(chunk, made)
          const name = chunkFile(chunk)
          const keptXml = path.join(keptDir, name)
          if (keptState[chunk]?.signature !== made.signature || !fs.existsSync(keptXml)) {
            replaceFile(keptXml, { bytes: await urlsetXml(made.entries) })
          }
          state[chunk] = { signature: made.signature }
          const target = path.join(outDir, name)
          if (!sameFile(keptXml, target)) {
            replaceFile(target, { source: keptXml })
            noteWritten(outDir, name)
          }
          written.add(name)
          const latest = made.entries.reduce((max, entry) => (entry.lastmod > max ? entry.lastmod : max), '')
          index.push({ url: new URL(name, base).href, lastmod: latest })
        }
        const indexBytes = await indexXml(index)
        for (const name of [INDEX_FILE, SITEMAP_PATH.slice(1)]) {
          const target = path.join(outDir, name)
          let same = false
          try {
            same = fs.readFileSync(target).equals(indexBytes)
          } catch {
            // not there yet
          }
          if (!same) {
            replaceFile(target, { bytes: indexBytes })
            noteWritten(outDir, name)
          }
          written.add(name)
        }
        // a file of the last sitemap that this one no longer has, and kept copies of gone chunks
        for (const old of fs.readdirSync(outDir).filter((name) => SITEMAP_FILE.test(name))) {
          if (!written.has(old)) removeFromOutput(outDir, path.join(outDir, old))
        }
        for (const old of fs.readdirSync(keptDir).filter((name) => SITEMAP_FILE.test(name))) {
          if (!written.has(old)) fs.rmSync(path.join(keptDir, old), { force: true })
        }
        writeKeptJson(stateFile, state)
        writePageDates(datesFile, chunks)
        // a chunk kept (all but its changed pages) made few URLs: the last build's stay
        if (!kept) lastUrls = urls
        else for (const [pathname, url] of urls) lastUrls.set(pathname, url)
        last = { pages: pages.length, chunks, chunkOf }
      },
    },
  }
}
