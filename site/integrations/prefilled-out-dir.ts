import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readConfig } from '@ratusz/config'
import { readPageVersions } from '@ratusz/publisher'
import type { AstroIntegration } from 'astro'

/**
 * Building into a folder that already holds a copy of the previous build (the publisher sets
 * RATUSZ_PREFILLED_OUT_DIR=1 when it does): Astro leaves the folder as it is instead of emptying it, and an
 * incremental build then writes only the pages whose key changed (unchanged ones are already there). Afterwards
 * this removes the pages the new build no longer has: those of the previous build's manifest missing from the
 * new one (a deleted article, a list that got shorter). Must come before the integrations that read the output.
 */
export const prefilledOutDir = (): AstroIntegration => {
  const prefilled = readConfig('site').RATUSZ_PREFILLED_OUT_DIR
  let cacheDir = ''
  let previous: ReadonlyMap<string, string> = new Map()
  return {
    name: 'ratusz-prefilled-out-dir',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        if (prefilled) updateConfig({ vite: { build: { emptyOutDir: false } } })
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
        if (prefilled) previous = readPageVersions(cacheDir)
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!prefilled) return
        const outDir = fileURLToPath(dir)
        const current = readPageVersions(cacheDir)
        const gone = [...previous.keys()].filter((file) => !current.has(file))
        for (const file of gone) {
          fs.rmSync(path.join(outDir, file), { force: true })
          try {
            fs.rmdirSync(path.dirname(path.join(outDir, file))) // its folder (aktualnosci/<slug>/) once empty
          } catch {
            // other files are left in it
          }
        }
        if (gone.length > 0) logger.info(`removed ${gone.length} pages the site no longer has`)
      },
    },
  }
}
