import fs from 'node:fs'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { cmsDir, repoDir } from './paths'
import { runCommand, startCommand } from './run-command'
import { waitForUrl } from './wait-for-url'

const nextBin = path.join(cmsDir, 'node_modules/.bin/next')
const tsxBin = path.join(repoDir, 'node_modules/.bin/tsx')

const newestMtime = (dir: string): number => {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

/** Whether the CMS's production build is missing or older than its sources or the plugin bundle's. */
export const cmsBuildIsStale = (): boolean => {
  const buildId = path.join(cmsDir, '.next/BUILD_ID')
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  const sources = [path.join(cmsDir, 'src'), path.join(repoDir, 'packages/payload-plugin/src')]
  return sources.some((dir) => newestMtime(dir) > built)
}

/** `next build` of the CMS (admin and REST API), production mode. */
export const buildCms = (env: NodeJS.ProcessEnv, quiet = false) =>
  runCommand(nextBin, ['build'], { cwd: cmsDir, env: { ...env, NODE_ENV: 'production' }, quiet })

/** Migrates the database and seeds the demo gmina (`onlyIfEmpty`: only when it has no users yet). */
export const seedCms = (env: NodeJS.ProcessEnv, { onlyIfEmpty = false, quiet = false } = {}) =>
  runCommand(tsxBin, ['src/seed/run.ts', ...(onlyIfEmpty ? ['--if-empty'] : [])], { cwd: cmsDir, env, quiet })

/** Starts the built CMS on a port and resolves once its REST API answers. */
export const startCms = async (
  env: NodeJS.ProcessEnv,
  port: number,
  quiet = false,
): Promise<ChildProcess> => {
  const child = startCommand(nextBin, ['start', '--port', String(port)], {
    cwd: cmsDir,
    env: { ...env, NODE_ENV: 'production' },
    quiet,
  })
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`the CMS stopped during start-up (exit ${code})`))),
  )
  await Promise.race([waitForUrl(`http://127.0.0.1:${port}/api/globals/site-settings`), exited])
  return child
}
