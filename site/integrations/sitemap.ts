import fs from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import sitemap from '@astrojs/sitemap'
import { noteWritten, readPageVersions, removeFromOutput } from '@ratusz/site-build'
import type { AstroIntegration } from 'astro'
import { readBuildNow } from '../src/lib/build/build-now'
import { SITEMAP_PATH } from '../src/lib/seo/sitemap-path'
import {
  inOnePiece,
  pageDate,
  type PageDates,
  pageFile,
  pageVersion,
  readPageDates,
  writePageDates,
} from './sitemap-lastmod'

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
const SITEMAP_FILE = /^sitemap(-[a-z0-9]+)?\.xml$/

/**
 * The pages in the order @astrojs/sitemap puts their URLs in (`localeCompare(…, 'en', { numeric: true })` of the
 * encoded URLs, which share their origin and base): it sorts them itself, with a `localeCompare` that sets up a
 * collator for every comparison (2.5 s for 30,000 pages here). Handed to it already in that order, its sort
 * finds one run and compares each URL once (0.2 s). Its output is the same either way.
 */
export function inSitemapOrder<P extends { pathname: string }>(pages: readonly P[]): P[] {
  const collator = new Intl.Collator('en', { numeric: true })
  const encoded = (page: P) => new URL(page.pathname.replace(/^\/+/, ''), 'https://sitemap.invalid/').href
  return pages
    .map((page) => ({ page, url: encoded(page) }))
    .sort((a, b) => collator.compare(a.url, b.url))
    .map(({ page }) => page)
}

/** Where the dates of the sitemap's pages are kept between builds, in Astro's cacheDir. */
const DATES_FILE = 'sitemap-dates.json'

/**
 * The sitemap (@astrojs/sitemap), every URL with a `lastmod`, the date its page last changed:
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
 * `/sitemap.xml`, where crawlers look first and robots.txt points, is a copy of the index, `sitemap-index.xml`.
 *
 * The files are written into a temp folder and renamed into the site, never written in place: the build folder
 * may be a hardlink clone of the live release (the warm publisher), whose files must stay as they are.
 */
export const sitemapIntegration = (): AstroIntegration => {
  let outDir = ''
  let cacheDir = ''
  let now = new Date()
  let pageVersions: ReadonlyMap<string, string> = new Map()
  let previous: PageDates = {}
  let dates: PageDates = {}
  /** The last pages put in order, by their paths: the warm renderer's next build mostly has the same. */
  let lastOrder: { paths: string; pages: { pathname: string }[] } | undefined
  const ordered = (pages: { pathname: string }[]) => {
    const paths = pages.map((page) => page.pathname).join('\n')
    if (lastOrder?.paths !== paths) lastOrder = { paths, pages: inSitemapOrder(pages) }
    return lastOrder.pages
  }
  const inner = sitemap({
    serialize: async (item) => {
      const file = pageFile(item.url)
      // a keyed page's version without an await (a microtask for each of 30,000 pages)
      const version = pageVersions.get(file) ?? (await pageVersion(outDir, file, pageVersions))
      const dated = pageDate(previous, file, version, now)
      // an article page of the same version states the same time: read only when the page is new or changed
      const own = !ARTICLE_PAGE.test(file)
        ? undefined
        : dated === previous[file] && dated.modified !== undefined
          ? dated.modified
          : await pageModifiedTime(path.join(outDir, file))
      dates[file] = own === undefined ? dated : { ...dated, modified: own }
      return { ...item, lastmod: own ?? dated.lastmod }
    },
  })
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (options) => {
        cacheDir = fileURLToPath(options.config.cacheDir)
        await inner.hooks['astro:config:done']?.(options)
      },
      'astro:build:done': async (options) => {
        outDir = fileURLToPath(options.dir)
        now = readBuildNow()
        pageVersions = readPageVersions(cacheDir, { ownContent: true })
        previous = readPageDates(path.join(cacheDir, DATES_FILE))
        dates = {}
        const fresh = path.join(outDir, '.sitemap-new')
        fs.rmSync(fresh, { recursive: true, force: true })
        fs.mkdirSync(fresh)
        try {
          await inner.hooks['astro:build:done']?.({
            ...options,
            pages: ordered(options.pages),
            dir: pathToFileURL(`${fresh}${path.sep}`),
          })
          const index = path.join(fresh, 'sitemap-index.xml')
          if (fs.existsSync(index)) fs.copyFileSync(index, path.join(fresh, SITEMAP_PATH.slice(1)))
          const written = fs.readdirSync(fresh)
          // a chunk of the last sitemap that this one no longer has
          for (const old of fs.readdirSync(outDir).filter((name) => SITEMAP_FILE.test(name))) {
            if (!written.includes(old)) removeFromOutput(outDir, path.join(outDir, old))
          }
          for (const name of written) {
            fs.renameSync(path.join(fresh, name), path.join(outDir, name))
            noteWritten(outDir, name)
          }
        } finally {
          fs.rmSync(fresh, { recursive: true, force: true })
        }
        writePageDates(path.join(cacheDir, DATES_FILE), dates)
      },
    },
  }
}
