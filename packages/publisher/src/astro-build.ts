import { spawn } from 'node:child_process'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { withLock } from './lock'

export type AstroBuildOptions = {
  /** The Astro project (the `site/` package). */
  siteDir: string
  /** Where the site reads the CMS's REST API. */
  cmsUrl: string
  /** The public address of the site (absolute links, feeds, sitemap). */
  siteUrl: string
  outDir: string
  /** Print Astro's output (default: keep it, and show its tail only when the build fails). */
  verbose?: boolean
  env?: NodeJS.ProcessEnv
}

/**
 * Runs `astro build` of the site into outDir; rejects with the build's last lines when it fails. Builds of one
 * site project take turns (Astro keeps build files inside the project, e.g. `.astro/.prerender`, whatever the
 * outDir), so two publishers or tests building at once cannot break each other.
 */
export const astroBuild = (options: AstroBuildOptions): Promise<void> =>
  withLock(path.join(options.siteDir, '.astro'), 'build', () => runAstroBuild(options))

const runAstroBuild = ({ siteDir, cmsUrl, siteUrl, outDir, verbose = false, env }: AstroBuildOptions) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(path.join(siteDir, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
      cwd: siteDir,
      env: { ...process.env, ...env, RATUSZ_CMS_URL: cmsUrl, RATUSZ_SITE_URL: siteUrl },
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
