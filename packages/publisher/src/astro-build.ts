import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { withLock } from './lock'
import { incrementalManifest, readPageVersions, siteBuildEnv } from '@ratusz/site-build'
import type { BuildReport } from './publish'
import { readSkippedRecords } from './skipped-records'

type AstroBuildOptions = {
  /** The Astro project (the `site/` package). */
  siteDir: string
  /** Where the site reads the CMS's REST API. */
  cmsUrl: string
  /** The public address of the site (absolute links, feeds, sitemap). */
  siteUrl: string
  outDir: string
  /**
   * Astro's cacheDir for this build (content store, incremental build cache): keep it between builds of one
   * site so that a build re-renders only what changed. Default: the site's own (node_modules/.astro).
   */
  cacheDir?: string
  /** outDir holds a copy of the previous build of this cacheDir: keep what did not change (see BuildContext). */
  prefilled?: boolean
  /** Print Astro's output (default: keep it, and show its tail only when the build fails). */
  verbose?: boolean
  /** Variables added to the environment of the build (e.g. RATUSZ_BUILD_NOW). */
  env?: Record<string, string | undefined>
}

/**
 * Runs `astro build` of the site into outDir; rejects with the build's last lines when it fails. Builds of one
 * site project take turns (Astro keeps build files inside the project, e.g. `.astro/.prerender`, whatever the
 * outDir), so two publishers or tests building at once cannot break each other.
 *
 * A build that fails or is killed may leave the incremental build cache half written, so its manifest is removed
 * then: the next build renders every page again instead of trusting it. The report lists the records the site's
 * loaders left out because they break the contract (the rest of the site is built without them).
 */
export const astroBuild = (options: AstroBuildOptions): Promise<BuildReport> =>
  withLock(path.join(options.siteDir, '.astro'), 'build', async () => {
    const skippedFile = path.join(os.tmpdir(), `ratusz-skipped-records-${randomUUID()}.jsonl`)
    try {
      await runAstroBuild(options, skippedFile)
      const skipped = readSkippedRecords(skippedFile)
      return options.cacheDir
        ? { pageVersions: readPageVersions(astroCacheDir(options.cacheDir)), skipped }
        : { skipped }
    } catch (error) {
      if (options.cacheDir) fs.rmSync(incrementalManifest(astroCacheDir(options.cacheDir)), { force: true })
      throw error
    } finally {
      fs.rmSync(skippedFile, { force: true })
    }
  })

/** Astro's own cacheDir inside a build cache folder. */
export const astroCacheDir = (cacheDir: string) => path.resolve(cacheDir, 'astro')

const runAstroBuild = (
  { siteDir, cmsUrl, siteUrl, outDir, cacheDir, prefilled = false, verbose = false, env }: AstroBuildOptions,
  skippedRecordsFile: string,
) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(siteDir, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: siteDir,
      env: {
        ...process.env,
        ...env,
        ...siteBuildEnv({
          cmsUrl,
          siteUrl,
          skippedRecordsFile,
          astroCacheDir: cacheDir ? astroCacheDir(cacheDir) : undefined,
          prefilled,
        }),
      },
      stdio: ['ignore', verbose ? 'inherit' : 'pipe', verbose ? 'inherit' : 'pipe'],
    })
    let tail = ''
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-3000)
    }
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (code === 0) return resolve()
      const lines = tail
        .split('\n')
        .map((line) => stripVTControlCharacters(line).trim())
        .filter((line) => line && !line.includes('ELIFECYCLE'))
      reject(new Error(lines.slice(-6).join('\n') || `astro build stopped (${signal ?? `exit ${code}`})`))
    })
  })
