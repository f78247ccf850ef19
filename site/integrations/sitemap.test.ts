import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { noteRenderedSince } from '@ratusz/site-build'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { SITEMAP_PATH } from '../src/lib/seo/sitemap-path'
import { pageModifiedTime, sitemapIntegration } from './sitemap'
import { CHUNK_URLS, MAIN_CHUNK, SECTION_PAGES, sitemapChunks } from './sitemap-chunks'
import { pageDate, pageVersion } from './sitemap-lastmod'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ratusz-sitemap-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const page = (name: string, html: string) => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, html)
  return file
}
const meta = '<meta property="article:modified_time" content="2025-06-15T08:00:00.000Z" />'

describe('the files of the sitemap', () => {
  const pages = (section: string, count: number) =>
    Array.from({ length: count }, (_, i) => `${section}/${String(i).padStart(6, '0')}/`)

  it('are one per section of enough pages, the others together in the main one, each in order', () => {
    const chunks = sitemapChunks([
      'kontakt/',
      ...pages('bip', SECTION_PAGES).reverse(),
      '',
      ...pages('szukaj', 1),
    ])
    expect([...chunks.keys()]).toEqual(['bip', MAIN_CHUNK])
    expect(chunks.get(MAIN_CHUNK)).toEqual(['', 'kontakt/', 'szukaj/000000/'])
    expect(chunks.get('bip')).toEqual(pages('bip', SECTION_PAGES))
  })

  it('cut a section bigger than a file may be into numbered files', () => {
    const chunks = sitemapChunks(pages('bip', CHUNK_URLS + 2))
    expect([...chunks.keys()]).toEqual(['bip-1', 'bip-2'])
    expect(chunks.get('bip-1')).toHaveLength(CHUNK_URLS)
    expect(chunks.get('bip-2')).toEqual(pages('bip', CHUNK_URLS + 2).slice(CHUNK_URLS))
  })
})

describe("an article page's lastmod", () => {
  it("is the page's article:modified_time", async () => {
    expect(await pageModifiedTime(page('a.html', `<html><head>${meta}</head><body></body></html>`))).toBe(
      '2025-06-15T08:00:00.000Z',
    )
  })

  it('is found after a long head (inlined styles)', async () => {
    const styles = `<style>${'a{color:red}'.repeat(5000)}</style>`
    expect(await pageModifiedTime(page('b.html', `<html><head>${styles}${meta}</head></html>`))).toBe(
      '2025-06-15T08:00:00.000Z',
    )
  })

  it('is missing for a page without one, or no page', async () => {
    expect(await pageModifiedTime(page('c.html', `<html><head></head><body>${meta}</body></html>`))).toBe(
      undefined,
    )
    expect(await pageModifiedTime(path.join(dir, 'none.html'))).toBe(undefined)
  })
})

describe('the sitemap', () => {
  const out = path.join(dir, 'out')
  const cache = path.join(dir, 'cache')
  const logger = { info: () => {}, warn: () => {}, error: () => {} }
  const write = (file: string, html: string) => {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true })
    fs.writeFileSync(path.join(out, file), html)
  }
  /** One build of a site with these pages (by path), as Astro runs the integration, at RATUSZ_BUILD_NOW `now`. */
  const build = async (now: string) => {
    vi.stubEnv('RATUSZ_BUILD_NOW', now)
    const { hooks } = sitemapIntegration()
    const config = {
      site: 'https://gmina.example.pl',
      base: '/',
      trailingSlash: 'always',
      build: { format: 'directory' },
      cacheDir: pathToFileURL(`${cache}/`),
    }
    await hooks['astro:config:done']?.({ config, logger } as never)
    const pages = ['', 'bip/', 'aktualnosci/dozynki/', '404/'].map((pathname) => ({ pathname }))
    await hooks['astro:build:done']?.({ dir: pathToFileURL(`${out}/`), pages, logger } as never)
    vi.unstubAllEnvs()
    const xml = fs.readFileSync(path.join(out, 'sitemap-glowna.xml'), 'utf8')
    return Object.fromEntries(
      [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)].map((m) => [m[1], m[2]]),
    )
  }

  it('dates every page: an article by its updatedAt, another page by the build in which it last changed', async () => {
    write('index.html', '<html><head></head><body>Start</body></html>')
    write('bip/index.html', '<html><head></head><body>BIP</body></html>')
    write('aktualnosci/dozynki/index.html', `<html><head>${meta}</head><body>Dożynki</body></html>`)
    expect(await build('2025-06-20T08:00:00Z')).toEqual({
      'https://gmina.example.pl/': '2025-06-20T08:00:00.000Z',
      'https://gmina.example.pl/bip/': '2025-06-20T08:00:00.000Z',
      'https://gmina.example.pl/aktualnosci/dozynki/': '2025-06-15T08:00:00.000Z',
    })
    write('bip/index.html', '<html><head></head><body>BIP, nowy dokument</body></html>')
    expect(await build('2025-06-21T08:00:00Z')).toEqual({
      'https://gmina.example.pl/': '2025-06-20T08:00:00.000Z',
      'https://gmina.example.pl/bip/': '2025-06-21T08:00:00.000Z',
      'https://gmina.example.pl/aktualnosci/dozynki/': '2025-06-15T08:00:00.000Z',
    })
  })

  it('answers at /sitemap.xml, which robots.txt names: a copy of the index, with the latest date of each file', () => {
    const index = fs.readFileSync(path.join(out, 'sitemap-index.xml'), 'utf8')
    expect(index).toContain(
      '<sitemap><loc>https://gmina.example.pl/sitemap-glowna.xml</loc><lastmod>2025-06-21T08:00:00.000Z</lastmod></sitemap>',
    )
    expect(fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8')).toBe(index)
    expect(SITEMAP_PATH).toBe('/sitemap.xml')
  })

  it('is written as new files, never in place: a hard link to the last sitemap keeps its bytes', async () => {
    const kept = path.join(dir, 'kept-sitemap.xml')
    fs.linkSync(path.join(out, 'sitemap-glowna.xml'), kept)
    const before = fs.readFileSync(kept, 'utf8')
    write('bip/index.html', '<html><head></head><body>BIP, jeszcze jeden dokument</body></html>')
    fs.writeFileSync(path.join(out, 'sitemap-0.xml'), '<urlset></urlset>')
    await build('2025-06-22T08:00:00Z')
    expect(fs.readFileSync(kept, 'utf8')).toBe(before)
    expect(fs.statSync(path.join(out, 'sitemap-glowna.xml')).ino).not.toBe(fs.statSync(kept).ino)
    // a file this sitemap no longer has is gone; no temp file is left
    expect(
      fs
        .readdirSync(out)
        .filter((name) => name.endsWith('.xml') || name.includes('.new'))
        .sort(),
    ).toEqual(['sitemap-glowna.xml', 'sitemap-index.xml', 'sitemap.xml'])
  })

  it('keeps a file whose URLs and dates are the same: the very file of the last build', async () => {
    const before = fs.statSync(path.join(out, 'sitemap-glowna.xml')).ino
    await build('2025-06-23T08:00:00Z')
    expect(fs.statSync(path.join(out, 'sitemap-glowna.xml')).ino).toBe(before)
  })
})

describe('the sitemap of a warm render', () => {
  const out = path.join(dir, 'warm-out')
  const cache = path.join(dir, 'warm-cache')
  const logger = { info: () => {}, warn: () => {}, error: () => {} }
  const bip = Array.from({ length: SECTION_PAGES }, (_, i) => `bip/${i}/`)
  const pathnames = ['', 'kontakt/', ...bip]
  const write = (pathname: string, text: string) => {
    fs.mkdirSync(path.join(out, pathname), { recursive: true })
    fs.writeFileSync(path.join(out, pathname, 'index.html'), `<html><head></head><body>${text}</body></html>`)
  }
  const config = {
    site: 'https://gmina.example.pl',
    base: '/',
    cacheDir: pathToFileURL(`${cache}/`),
  }
  /** A build by `integration` at `now`, with the renderer's note of the pages it rendered again (if any). */
  const build = async (
    integration: ReturnType<typeof sitemapIntegration>,
    now: string,
    rendered?: string[],
  ) => {
    vi.stubEnv('RATUSZ_BUILD_NOW', now)
    noteRenderedSince(rendered && { files: new Set(rendered) })
    try {
      await integration.hooks['astro:config:done']?.({ config, logger } as never)
      const pages = pathnames.map((pathname) => ({ pathname }))
      await integration.hooks['astro:build:done']?.({ dir: pathToFileURL(`${out}/`), pages, logger } as never)
    } finally {
      noteRenderedSince(undefined)
      vi.unstubAllEnvs()
    }
    const dates = new Map<string, string>()
    for (const name of ['sitemap-glowna.xml', 'sitemap-bip.xml']) {
      const xml = fs.readFileSync(path.join(out, name), 'utf8')
      for (const m of xml.matchAll(/<loc>https:\/\/gmina\.example\.pl\/([^<]*)<\/loc><lastmod>([^<]+)</g))
        dates.set(m[1]!, m[2]!)
    }
    return dates
  }

  it('makes anew only the files holding a page the renderer rendered again, when the pages are the same', async () => {
    for (const pathname of pathnames) write(pathname, pathname)
    const integration = sitemapIntegration()
    const first = await build(integration, '2025-06-20T08:00:00Z')
    expect(new Set(first.values())).toEqual(new Set(['2025-06-20T08:00:00.000Z']))
    const bipFile = fs.statSync(path.join(out, 'sitemap-bip.xml')).ino
    write('kontakt/', 'nowy adres')
    // also changed, but the renderer does not name it: its date is kept as the last build made it
    write('bip/7/', 'zmieniony')
    const second = await build(integration, '2025-06-21T08:00:00Z', ['kontakt/index.html', 'kanal.xml'])
    expect(second.get('kontakt/')).toBe('2025-06-21T08:00:00.000Z')
    expect(second.get('')).toBe('2025-06-20T08:00:00.000Z')
    expect(second.get('bip/7/')).toBe('2025-06-20T08:00:00.000Z')
    expect(fs.statSync(path.join(out, 'sitemap-bip.xml')).ino).toBe(bipFile)
    // a page named in a big file: that page alone dated again
    write('bip/3/', 'zmieniony')
    const named = await build(integration, '2025-06-21T09:00:00Z', ['bip/3/index.html'])
    expect(named.get('bip/3/')).toBe('2025-06-21T09:00:00.000Z')
    expect(named.get('bip/7/')).toBe('2025-06-20T08:00:00.000Z')
    expect(named.get('bip/30/')).toBe('2025-06-20T08:00:00.000Z')
    // an ordinary build looks at every page
    const third = await build(integration, '2025-06-22T08:00:00Z')
    expect(third.get('bip/7/')).toBe('2025-06-22T08:00:00.000Z')
    expect(third.get('kontakt/')).toBe('2025-06-21T08:00:00.000Z')
  })

  it('reads the dates an earlier version kept as one record of all pages', async () => {
    const { byChunk } = JSON.parse(fs.readFileSync(path.join(cache, 'sitemap-dates.json'), 'utf8')) as {
      byChunk: Record<string, { pathnames: string[]; dates: object[] }>
    }
    const flat = Object.values(byChunk).flatMap(({ pathnames: names, dates }) =>
      names.map((name, i) => [`${name}index.html`, dates[i]]),
    )
    fs.writeFileSync(path.join(cache, 'sitemap-dates.json'), JSON.stringify(Object.fromEntries(flat)))
    const again = await build(sitemapIntegration(), '2025-06-23T08:00:00Z')
    expect(again.get('bip/7/')).toBe('2025-06-22T08:00:00.000Z')
    expect(again.get('')).toBe('2025-06-20T08:00:00.000Z')
  })
})

describe("a page's date", () => {
  const kept = { version: 'a', lastmod: '2025-06-20T08:00:00.000Z' }
  const now = new Date('2025-06-21T08:00:00.000Z')

  it('is kept while the page is the same version, and is now when it changed, is new or could not be read', () => {
    expect(pageDate(kept, 'a', now).lastmod).toBe('2025-06-20T08:00:00.000Z')
    expect(pageDate(kept, 'b', now)).toEqual({
      version: 'b',
      lastmod: '2025-06-21T08:00:00.000Z',
    })
    expect(pageDate(undefined, 'a', now).lastmod).toBe('2025-06-21T08:00:00.000Z')
    expect(pageDate(kept, undefined, now).lastmod).toBe('2025-06-21T08:00:00.000Z')
  })

  it("goes by the incremental build's version of a page, else by the file", async () => {
    const file = page('d.html', '<html>D</html>')
    const versions = new Map([['d.html', 'route:key']])
    expect(await pageVersion(dir, 'd.html', versions)).toBe('route:key')
    const before = await pageVersion(dir, 'd.html', new Map())
    fs.writeFileSync(file, '<html>D2</html>')
    expect(await pageVersion(dir, 'd.html', new Map())).not.toBe(before)
    expect(await pageVersion(dir, 'none.html', new Map())).toBe(undefined)
  })
})
