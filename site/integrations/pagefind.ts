import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { close, createIndex } from 'pagefind'

/** Where the index is written inside the built site; the search page loads `/pagefind/pagefind.js`. */
export const PAGEFIND_FOLDER = 'pagefind'

const fail = (step: string, errors: string[]): never => {
  throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`)
}

/**
 * Indexes the built site for `/szukaj/` once Astro has written it, into the same output folder (so every
 * release the publisher builds carries its own index). Only pages marked `data-pagefind-body` are indexed;
 * the language (and so the Polish stemming) comes from `<html lang="pl">`.
 */
export const pagefindIntegration = (): AstroIntegration => ({
  name: 'ratusz-pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const outDir = fileURLToPath(dir)
      try {
        const created = await createIndex({})
        if (!created.index) return fail('start', created.errors)
        const { index } = created
        const added = await index.addDirectory({ path: outDir })
        if (added.errors.length > 0) fail('index the site', added.errors)
        const written = await index.writeFiles({ outputPath: path.join(outDir, PAGEFIND_FOLDER) })
        if (written.errors.length > 0) fail('write the index', written.errors)
        logger.info(
          `search index written to /${PAGEFIND_FOLDER}/ (${added.page_count} pages read, those marked data-pagefind-body indexed)`,
        )
      } finally {
        await close()
      }
    },
  },
})
