import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { siteBuildEnv } from '@ratusz/site-build'
import { siteDir } from '../../lib/paths'
import { watchTreeMemory } from './tree-memory'

type MeasuredRun = { ms: number; peakBytes: number; tail: string }

/**
 * Runs a command to the end and measures its wall time and the peak resident memory of its whole process tree;
 * rejects with its last output when it fails.
 */
const runMeasured = (
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<MeasuredRun> =>
  new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const memory = watchTreeMemory(child.pid!)
    let tail = ''
    const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('exit', (code) => {
      const peakBytes = memory.stop()
      const ms = performance.now() - started
      if (code === 0) resolve({ ms, peakBytes, tail })
      else reject(new Error(`${command} ${args.join(' ')} failed (exit ${code})\n${tail}`))
    })
  })

/**
 * `astro build` of the site against a CMS into outDir, with its own cache folders (cold when new). It runs in a
 * working folder of its own below site/node_modules/.cache (with `--root site/`): for an outDir outside its
 * working directory Astro writes its intermediate server chunks to `<cwd>/.astro/.prerender/`, which builds
 * started side by side in `site/` share and break each other's; the folder must stay below `site/` so those
 * chunks still find the site's dependencies.
 */
export const measuredAstroBuild = async (options: {
  cmsUrl: string
  siteUrl: string
  outDir: string
  cacheDir: string
  fileCacheDir: string
  /** outDir holds a copy of the previous build (as the publisher builds): only changed pages are written */
  prefilled?: boolean
}) => {
  const workDir = path.join(siteDir, 'node_modules/.cache', `ratusz-bench-${process.pid}`)
  fs.mkdirSync(workDir, { recursive: true })
  try {
    return await runMeasured(
      path.join(siteDir, 'node_modules/.bin/astro'),
      ['build', '--root', siteDir, '--outDir', options.outDir],
      {
        cwd: workDir,
        env: {
          ...siteBuildEnv({
            cmsUrl: options.cmsUrl,
            siteUrl: options.siteUrl,
            astroCacheDir: options.cacheDir,
            prefilled: options.prefilled,
          }),
          RATUSZ_FILE_CACHE: options.fileCacheDir,
        },
      },
    )
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true })
  }
}

/** Files below a folder: HTML pages and all files, and their total size. */
export const countOutput = (dir: string) => {
  let pages = 0
  let files = 0
  let bytes = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    files += 1
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size
    if (entry.name.endsWith('.html')) pages += 1
  }
  return { pages, files, bytes }
}
