import { spawn } from 'node:child_process'
import { repoDir } from '../../lib/paths'
import { waitForUrl } from '../../lib/wait-for-url'
import { benchApiPort, benchCmsEnv, benchCmsUrl } from './bench-env'

/**
 * Starts the CMS's REST API (`pnpm --filter @ratusz/cms api`: Payload's real REST handler on a plain Node server)
 * on the bench port against the bench database, and resolves once it answers. `stop()` ends it and its children
 * (it runs in its own process group).
 */
export const startBenchApi = async (quiet = true) => {
  const child = spawn('pnpm', ['--filter', '@ratusz/cms', 'api'], {
    cwd: repoDir,
    env: { ...process.env, ...benchCmsEnv(), RATUSZ_API_PORT: String(benchApiPort) },
    stdio: quiet ? ['ignore', 'ignore', 'pipe'] : 'inherit',
    detached: true,
  })
  let tail = ''
  child.stderr?.on('data', (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-3000)))
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`the REST API stopped during start-up (exit ${code})\n${tail}`)),
    ),
  )
  await Promise.race([waitForUrl(`${benchCmsUrl}/api/globals/site-settings`, 180_000), exited])
  exited.catch(() => undefined)
  return {
    url: benchCmsUrl,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        const running = () => child.exitCode === null && child.signalCode === null
        const signal = (name: NodeJS.Signals) => {
          try {
            if (running()) process.kill(-child.pid!, name)
          } catch {
            // already gone
          }
        }
        if (!running()) return resolve()
        const force = setTimeout(() => signal('SIGKILL'), 5000)
        child.once('exit', () => {
          clearTimeout(force)
          resolve()
        })
        signal('SIGTERM')
      }),
  }
}
