import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, inject, it } from 'vitest'
import { htmlFileOf, sitemapPaths, templates } from './support/templates'

/** HTML + CSS of a content page, gzipped: what a resident on a slow phone connection waits for. */
const PAGE_BUDGET_BYTES = 15 * 1024
const budgeted = ['article', 'event', 'issue', 'BIP document']
/**
 * The pages allowed to run JavaScript: search (Pagefind), the notifications sign-up (the browser's Web Push
 * prompt) and the report form (the moment it was shown, so the CMS need not ask again; it works without).
 */
const SCRIPT_ALLOWED = /^\/(szukaj|powiadomienia|zglos)\//

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length
const tags = (html: string, name: string) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? []
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}(=|\\s|/?>)`, 'i').test(tag)

describe('page budgets, from the built output', () => {
  const outDir = inject('siteOutDir')
  const pages = sitemapPaths(outDir).map((page) => ({
    page,
    html: fs.readFileSync(htmlFileOf(outDir, page), 'utf8'),
  }))

  /** HTML plus every stylesheet it links, each gzipped as a server sends it. */
  const weight = (html: string) =>
    gzipped(html) +
    tags(html, 'link')
      .filter((tag) => /rel="stylesheet"/.test(tag))
      .map((tag) => /href="([^"]+)"/.exec(tag)![1]!)
      .reduce(
        (sum, href) => sum + gzipped(fs.readFileSync(path.join(outDir, new URL(href, 'http://x').pathname))),
        0,
      )

  it.each(budgeted)('%s pages: HTML + CSS at most 15 KB gzipped', (name) => {
    const template = templates.find((candidate) => candidate.name === name)!
    const sized = pages
      .filter(({ page }) => template.pattern.test(page))
      .map(({ page, html }) => ({ page, bytes: weight(html) }))
      .sort((a, b) => b.bytes - a.bytes)
    expect(sized.length).toBeGreaterThan(0)
    console.info(`${name}: ${sized.length} pages, largest ${sized[0]!.bytes} B gzipped (${sized[0]!.page})`)
    expect(sized.filter(({ bytes }) => bytes > PAGE_BUDGET_BYTES)).toEqual([])
  })

  it('no page but search loads or runs JavaScript (JSON-LD data blocks are not scripts)', () => {
    const withScripts = pages
      .filter(({ page }) => !SCRIPT_ALLOWED.test(page))
      .filter(
        ({ html }) =>
          tags(html, 'script').some((tag) => !/type="application\/ld\+json"/.test(tag)) ||
          /<[a-z][^>]*\son[a-z]+=/i.test(html),
      )
      .map(({ page }) => page)
    expect(withScripts).toEqual([])
  })

  it('every image has its width and height; images in the content offer a srcset in a modern format', () => {
    const problems: string[] = []
    for (const { page, html } of pages) {
      for (const img of tags(html, 'img'))
        if (!attribute(img, 'width') || !attribute(img, 'height')) problems.push(`${page}: unsized ${img}`)
      const main = /<main\b[\s\S]*<\/main>/i.exec(html)?.[0] ?? ''
      for (const img of tags(main, 'img'))
        if (!/\ssrcset="[^"]*\.(webp|avif) \d+w/.test(img))
          problems.push(`${page}: no WebP/AVIF srcset ${img}`)
    }
    expect(problems).toEqual([])
  })
})
