import sitemap from '@astrojs/sitemap'
import { defineConfig } from 'astro/config'
import { articleLastModified } from './src/lib/sitemap-lastmod.ts'
import { pagefindIntegration } from './integrations/pagefind.ts'

const site = process.env.RATUSZ_SITE_URL || 'http://localhost:4321'

export default defineConfig({
  site,
  // A separate cache (content store, incremental sync state) per build when several build side by side.
  ...(process.env.RATUSZ_ASTRO_CACHE_DIR ? { cacheDir: process.env.RATUSZ_ASTRO_CACHE_DIR } : {}),
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    sitemap({
      // lastmod of an article page is the article's updatedAt
      serialize: async (item) => {
        const lastmod = await articleLastModified(item.url)
        return lastmod ? { ...item, lastmod } : item
      },
    }),
    pagefindIntegration(),
  ],
})
