import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { readInstalledSections } from './installed-sections'
import { sectionRoutes } from './section-routes'

/** The module through which the site's store learns what the CMS has installed (lib/store/sections.ts). */
const MODULE_ID = 'virtual:ratusz/installed-sections'

/**
 * Sections as modules: asks the CMS which sections are switched on, adds the pages of those only (each section's
 * routes live in `src/section-pages/<section>/`, mirroring its URLs) and hands the answer to the content loaders
 * and the pages as `virtual:ratusz/installed-sections`. A section switched off has no page, so no link, feed,
 * search part or sitemap entry can point at it (the publisher's link check would refuse one).
 */
export const sectionsIntegration = (): AstroIntegration => ({
  name: 'ratusz-sections',
  hooks: {
    'astro:config:setup': async ({ config, injectRoute, updateConfig, logger }) => {
      const installed = await readInstalledSections(fileURLToPath(config.cacheDir))
      const sectionPages = fileURLToPath(new URL('src/section-pages/', config.root))
      for (const section of installed.sections) {
        for (const route of sectionRoutes(path.join(sectionPages, section))) injectRoute(route)
      }
      const resolvedId = `\0${MODULE_ID}`
      updateConfig({
        vite: {
          plugins: [
            {
              name: 'ratusz-installed-sections',
              resolveId: (id) => (id === MODULE_ID ? resolvedId : undefined),
              load: (id) => (id === resolvedId ? `export default ${JSON.stringify(installed)}` : undefined),
            },
          ],
        },
      })
      logger.info(`sections switched on in the CMS: ${installed.sections.join(', ') || 'none'}`)
    },
  },
})
