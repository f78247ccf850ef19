import { execFile } from 'node:child_process'
import path from 'node:path'
import { repoDir } from '../../lib/paths'

/**
 * What `loadInChild` runs for `duration` seconds: requests to `url` arriving at `overallRate` per second (an open
 * model), or from `connections` clients in a closed loop; with `signUps`, each a resident's sign-up.
 */
export type LoadSpec = {
  url: string
  method?: 'GET' | 'POST'
  duration: number
  overallRate?: number
  connections?: number
  signUps?: { secret: string }
}

export type LoadResult = { times: number[]; statuses: Record<string, number>; requests: number }

/**
 * Runs autocannon in a child process (`load-generator.ts`) and resolves with every response time and status: a
 * bench whose server runs in its own process measures the server, not the load generator's share of its event
 * loop.
 */
export const loadInChild = (spec: LoadSpec) =>
  new Promise<LoadResult>((resolve, reject) => {
    execFile(
      path.join(repoDir, 'node_modules/.bin/tsx'),
      [path.join(repoDir, 'scripts/bench/lib/load-generator.ts'), JSON.stringify(spec)],
      { cwd: repoDir, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`the load generator failed: ${stderr || error.message}`))
          : resolve(JSON.parse(stdout) as LoadResult),
    )
  })

/** "200×5638 429×288" */
export const describeStatuses = (statuses: Record<string, number>) =>
  Object.entries(statuses)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => `${status}×${count}`)
    .join(' ')
