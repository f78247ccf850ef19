import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readPageVersions, renderedSince } from '@ratusz/site-build'
import type { AstroIntegration } from 'astro'
import { type IndexedSite, PAGEFIND_FOLDER, writeSearchIndex } from './search-index'

/**
 * Indexes the built site for `/szukaj/` once Astro has written it, into the same output folder (so every
 * release the publisher builds carries its own index), in parts kept in Astro's cacheDir: a build re-indexes
 * only the parts whose pages' own content changed (not the site-wide regions, such as the alerts banner, which are
 * outside the indexed part of a page anyway). Only pages marked `data-pagefind-body` are indexed; the language (and so
 * the Polish stemming) comes from `<html lang="pl">`.
 */
export const pagefindIntegration = (): AstroIntegration => {
  let cacheDir = ''
  /** The last build's index in this process, and the number of files it had (see writeSearchIndex's `since`). */
  let last: { indexed: IndexedSite; files: number } | undefined
  return {
    name: 'ratusz-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const started = performance.now()
        const outDir = fileURLToPath(dir)
        const root = path.join(outDir, path.sep)
        const pages = () =>
          [...assets.values()]
            .flat()
            .map((url) => fileURLToPath(url))
            .filter((file) => file.endsWith('.html'))
            // below outDir (all of them): its prefix cut off, not path.relative's work (0.2 s for 30,000 pages)
            .map((file) => (file.startsWith(root) ? file.slice(root.length) : path.relative(outDir, file)))
            .map((file) => file.split(path.sep).join('/'))
        const files = [...assets.values()].reduce((sum, urls) => sum + urls.length, 0)
        const rendered = renderedSince()
        const { parts, reindexed, pagesIndexed, indexed } = await writeSearchIndex({
          outDir,
          pages,
          cacheDir: path.join(cacheDir, 'search-index'),
          // the pages' own content: a change of the alerts banner alone re-indexes nothing
          pageVersions: readPageVersions(cacheDir, { ownContent: true }),
          since:
            rendered && last?.files === files ? { last: last.indexed, rendered: rendered.files } : undefined,
        })
        last = { indexed, files }
        logger.info(
          `search index in /${PAGEFIND_FOLDER}/: ${reindexed.length} of ${parts} parts indexed again ` +
            `(${pagesIndexed} pages) in ${Math.round(performance.now() - started)} ms`,
        )
      },
    },
  }
}
