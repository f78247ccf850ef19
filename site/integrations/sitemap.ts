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
  type PageDates,
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

/** A chunk as this build made it: its pages, its URLs with their dates, its signature, its pages' dates to keep. */
type Chunk = { pathnames: string[]; entries: SitemapUrl[]; signature: string; dates: PageDates }

/** The last build in this process: its number of pages, its chunks, and each page's chunk (by pathname). */
type LastBuild = { pages: number; chunks: Map<string, Chunk>; chunkOf: Map<string, string> }

export const sitemapIntegration = (): AstroIntegration => {
  let siteUrl: URL | undefined
  let cacheDir = ''
  /** The last build's pages' URLs by pathname: the warm renderer's next build mostly has the same pages. */
  let lastUrls = new Map<string, string>()
  /**
   * The last build in this process. When the warm renderer says the next one has the same pages and names those it
   * rendered again (`renderedSince`), a chunk with none of them is kept as it is (its URLs, dates and signature);
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
        /** A chunk's pages dated and put as URLs. */
        const makeChunk = async (chunk: string, pathnames: string[]): Promise<Chunk> => {
          const dates: PageDates = {}
          const entries: SitemapUrl[] = []
          for (const pathname of pathnames) {
            const file = `${pathname}index.html`
            // a keyed page's version without an await (a microtask for each of 30,000 pages)
            const version = pageVersions.get(file) ?? (await pageVersion(outDir, file, pageVersions))
            const kept = previousDate(chunk, file)
            const dated = pageDate(kept, version, now)
            // an article page of the same version states the same time: read only when the page is new or changed
            const own = !ARTICLE_PAGE.test(file)
              ? undefined
              : dated === kept && dated.modified !== undefined
                ? dated.modified
                : await pageModifiedTime(path.join(outDir, file))
            dates[file] = own === undefined ? dated : { ...dated, modified: own }
            entries.push({ url: urlOf(pathname), lastmod: own ?? dated.lastmod })
          }
          const before = last?.chunks.get(chunk)
          const signature =
            before && sameUrls(before.entries, entries) ? before.signature : chunkSignature(entries)
          return { pathnames, entries, signature, dates }
        }

        const rendered = renderedSince()
        const kept = rendered && last?.pages === pages.length ? last : undefined
        /** The chunks holding a page rendered again: only these are made anew when the others can be kept. */
        const touched = new Set<string>()
        for (const file of kept ? rendered!.files : []) {
          const chunk = file.endsWith('index.html') && kept!.chunkOf.get(file.slice(0, -'index.html'.length))
          if (chunk) touched.add(chunk)
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
          const made =
            kept && !touched.has(chunk) ? kept.chunks.get(chunk)! : await makeChunk(chunk, chunkPathnames)
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
        writePageDates(datesFile, Object.fromEntries([...chunks].map(([chunk, { dates }]) => [chunk, dates])))
        // a chunk kept as it was made no URLs: the last build's stay
        if (!kept) lastUrls = urls
        else for (const [pathname, url] of urls) lastUrls.set(pathname, url)
        last = { pages: pages.length, chunks, chunkOf }
      },
    },
  }
}
