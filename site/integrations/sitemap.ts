import { open } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import sitemap from '@astrojs/sitemap'
import type { AstroIntegration } from 'astro'

/** An article page's path: /aktualnosci/<slug>/ (lists and categories have more segments). */
const ARTICLE_PAGE = /^\/aktualnosci\/[^/]+\/$/
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
      if (found || bytesRead === 0 || end >= 0) return found
    }
  } finally {
    await handle.close()
  }
}

/**
 * The sitemap (@astrojs/sitemap), with the `lastmod` of each article page: its updatedAt, read from the page the
 * build has just written (so the sitemap and the page always agree, and the CMS is not asked a second time).
 */
export const sitemapIntegration = (): AstroIntegration => {
  let outDir = ''
  const inner = sitemap({
    serialize: async (item) => {
      const { pathname } = new URL(item.url)
      if (!ARTICLE_PAGE.test(pathname)) return item
      const lastmod = await pageModifiedTime(path.join(outDir, pathname, 'index.html'))
      return lastmod ? { ...item, lastmod } : item
    },
  })
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (options) => {
        outDir = fileURLToPath(options.dir)
        await inner.hooks['astro:build:done']?.(options)
      },
    },
  }
}
