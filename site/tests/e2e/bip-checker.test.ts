import { globSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { checkBipPage, REQUIRED_BIP_PAGES } from '../../src/lib/bip/checker'
import { bipUrls } from '../../src/lib/bip/urls'
import { localFileName } from '../../src/lib/common/urls'
import { adminToken, cmsApi } from './support/cms-api'
import { readFeed } from './support/feeds'

const outDir = inject('siteOutDir')
const siteUrl = inject('siteUrl')

/** Every built BIP page of the demo, as URL path and HTML. */
const bipPages = () =>
  globSync('bip/**/index.html', { cwd: outDir }).map((file) => ({
    path: `/${file
      .split(path.sep)
      .join('/')
      .replace(/index\.html$/, '')}`,
    html: readFileSync(path.join(outDir, file), 'utf8'),
  }))

describe('the BIP checker walks every built BIP page of the demo', () => {
  it('finds every page the requirements name, and hundreds of documents', () => {
    const paths = new Set(bipPages().map((page) => page.path))
    for (const required of REQUIRED_BIP_PAGES) expect(paths, required).toContain(required)
    const documents = [...paths].filter((p) => /^\/bip\/dokument\/[^/]+\/$/.test(p))
    expect(documents.length).toBeGreaterThanOrEqual(300)
    expect([...paths].some((p) => /^\/bip\/kategoria\/[^/]+\/[^/]+\/$/.test(p))).toBe(true)
    expect([...paths].some((p) => p.startsWith('/bip/rejestr-zmian/strona/2/'))).toBe(true)
  })

  it('fails on no requirement on any page', () => {
    const problems = bipPages().flatMap((page) => checkBipPage(page.path, page.html))
    expect(problems.slice(0, 20)).toEqual([])
  })

  it('shows tenders with deadlines, closed ones marked and kept', () => {
    const tenders = readFileSync(
      path.join(outDir, 'bip/kategoria/zamowienia-publiczne/przetargi/index.html'),
      'utf8',
    )
    expect(tenders).toContain('data-bip-deadline="closed"')
    expect(tenders).toContain('Zakończony')
  })

  it('keeps withdrawn documents public in the archive with date and reason', () => {
    const archive = readFileSync(path.join(outDir, 'bip/archiwum/index.html'), 'utf8')
    const ids = [...archive.matchAll(/data-bip-document="([^"]+)"/g)].map((match) => match[1])
    expect(ids.length).toBeGreaterThan(0)
    const page = readFileSync(path.join(outDir, `bip/dokument/${ids[0]}/index.html`), 'utf8')
    expect(page).toContain('data-bip-withdrawn')
    expect(page).toContain('Powód:')
  })

  it('keeps the spaces between text and the values and links after it', () => {
    /** A page's text as a browser puts it together: the markup gone, nothing added in its place. */
    const textOf = (file: string) =>
      readFileSync(path.join(outDir, file), 'utf8')
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
    expect(textOf('bip/rejestr-zmian/index.html')).toContain('Kanał RSS: rejestr zmian w RSS.')
    const version = globSync('bip/dokument/*/historia/1/index.html', { cwd: outDir })
      .map(textOf)
      .find((text) => text.includes('Aktualna wersja dokumentu'))
    expect(version).toMatch(/ \([^()]+\)\. Aktualna wersja dokumentu/)
    const archive = readFileSync(path.join(outDir, 'bip/archiwum/index.html'), 'utf8')
    const withdrawn = archive.match(/data-bip-document="([^"]+)"/)![1]
    expect(textOf(`bip/dokument/${withdrawn}/index.html`)).toMatch(/\. Powód: \S/)
  })

  it('shows the exclusion notice of asset declarations and never publishes their originals', async () => {
    const pages = bipPages().filter((page) => page.html.includes('data-bip-exclusion'))
    expect(pages.length).toBeGreaterThan(0)
    const token = await adminToken()
    const { body } = await cmsApi('/bip-files?where[isPublic][equals]=false&pagination=false&depth=0', {
      token,
    })
    const originals = body.docs as { filename: string }[]
    expect(originals.length).toBeGreaterThan(0)
    for (const { filename } of originals) {
      const url = `${siteUrl}${bipUrls.file(localFileName(filename))}`
      expect((await fetch(url)).status, url).toBe(404)
      for (const page of pages)
        expect(page.html, page.path).not.toContain(bipUrls.file(localFileName(filename)))
    }
  })

  it('publishes both BIP feeds', async () => {
    const documents = await readFeed(`${siteUrl}/bip/rss.xml`)
    expect(documents.feed.items.length).toBeGreaterThan(10)
    const changes = await readFeed(`${siteUrl}/bip/rejestr-zmian/rss.xml`)
    expect(changes.feed.items.some((item) => item.title?.includes('(wersja 2)'))).toBe(true)
  })
})
