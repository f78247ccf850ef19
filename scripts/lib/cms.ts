import fs from 'node:fs'
import path from 'node:path'
import type { ChildProcess } from 'node:child_process'
import { cmsDir, repoDir } from './paths'
import { assertPortFree } from './free-port'
import { CMS_INPUTS, inputsHash } from './inputs-hash'
import { runCommand, startCommand } from './run-command'
import { waitForUrl } from './wait-for-url'

const nextBin = path.join(cmsDir, 'node_modules/.bin/next')
const tsxBin = path.join(repoDir, 'node_modules/.bin/tsx')

/** Where a build records the hash of the inputs it was built from. */
const builtFrom = path.join(cmsDir, '.next/ratusz-inputs.sha256')

/** Whether the CMS's production build is missing or was built from other sources, packages or lockfile. */
export const cmsBuildIsStale = (): boolean =>
  !fs.existsSync(path.join(cmsDir, '.next/BUILD_ID')) ||
  !fs.existsSync(builtFrom) ||
  fs.readFileSync(builtFrom, 'utf8') !== inputsHash(CMS_INPUTS)

/** `next build` of the CMS (admin and REST API), production mode; records what it was built from. */
export const buildCms = async (env: NodeJS.ProcessEnv, quiet = false) => {
  const hash = inputsHash(CMS_INPUTS)
  await runCommand(nextBin, ['build'], { cwd: cmsDir, env: { ...env, NODE_ENV: 'production' }, quiet })
  fs.writeFileSync(builtFrom, hash)
}

/** Migrates the database and seeds the demo gmina (`onlyIfEmpty`: only when it has no users yet). */
export const seedCms = (env: NodeJS.ProcessEnv, { onlyIfEmpty = false, quiet = false } = {}) =>
  runCommand(tsxBin, ['src/seed/run.ts', ...(onlyIfEmpty ? ['--if-empty'] : [])], { cwd: cmsDir, env, quiet })

/** Starts the built CMS on a port and resolves once its REST API answers. */
export const startCms = async (
  env: NodeJS.ProcessEnv,
  port: number,
  quiet = false,
): Promise<ChildProcess> => {
  await assertPortFree(port)
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
