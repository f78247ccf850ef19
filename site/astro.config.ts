import { readConfig } from '@ratusz/config'
import { defineConfig } from 'astro/config'
import { pagefindIntegration } from './integrations/pagefind.ts'
import { prefilledOutDir } from './integrations/prefilled-out-dir.ts'
import { sectionsIntegration } from './integrations/sections.ts'
import { sitemapIntegration } from './integrations/sitemap.ts'

// Every variable the site build reads, checked before it starts (docs/configure.md).
const config = readConfig('site')

export default defineConfig({
  site: config.RATUSZ_SITE_URL,
  // A separate cache (content store, incremental sync state) per build when several build side by side.
  ...(config.RATUSZ_ASTRO_CACHE_DIR ? { cacheDir: config.RATUSZ_ASTRO_CACHE_DIR } : {}),
  output: 'static',
  trailingSlash: 'always',
  // several pages at a time: a build that copies most pages from the cache waits on the disk, not the CPU
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 8 },
  // Pages whose cacheKey (src/lib/build/cache-key.ts) and template are unchanged are copied from the previous build's
  // cache (in cacheDir) instead of rendered again: one changed article re-renders tens of pages, not thousands.
  experimental: { incrementalBuild: true },
  // Scripts are never inlined into pages: the Content-Security-Policy (docker/security-headers.conf) allows scripts
  // from the site's own files only, so the search page's script must be a file of its own.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
  integrations: [sectionsIntegration(), prefilledOutDir(), sitemapIntegration(), pagefindIntegration()],
})
