import { fork } from 'node:child_process'
import path from 'node:path'
import { repoDir } from '../../lib/paths'

type Answer = { ready?: true; id?: number; at?: number; failed?: number; error?: string }

export type SiteWatch = {
  /** When `page` first shows `marker`, on this process's `performance.now()` clock, and failed requests meanwhile. */
  servedAt: (page: string, marker: string) => Promise<{ at: number; failed: number }>
  close: () => void
}

/**
 * Serves the site at `root` on `port` and watches it for changes, both in a child process (site-watch-child.ts):
 * as nginx in production, the server and the resident polling it do not wait for the publisher's event loop (the
 * publish's work after its switch, such as writing the link check's cache, ran in the bench's own process and
 * hid a served page from the poll for 0.4–0.6 s).
 */
export const watchSite = (root: string, port: number): Promise<SiteWatch> =>
  new Promise((resolve, reject) => {
    const child = fork(path.join(repoDir, 'scripts/bench/lib/site-watch-child.ts'), [root, String(port)], {
      execArgv: ['--import', 'tsx'],
      cwd: repoDir,
    })
    const waiting = new Map<
      number,
      { resolve: (value: { at: number; failed: number }) => void; reject: (error: Error) => void }
    >()
    let next = 0
    child.once('error', reject)
    child.once('exit', (code) => {
      const error = new Error(`the site watch stopped (exit code ${code})`)
      reject(error)
      for (const { reject: fail } of waiting.values()) fail(error)
    })
    child.on('message', (answer: Answer) => {
      if (answer.ready) {
        resolve({
          servedAt: (page, marker) =>
            new Promise((done, fail) => {
              const id = ++next
              waiting.set(id, { resolve: done, reject: fail })
              child.send({ id, page, marker })
            }),
          close: () => child.disconnect(),
        })
        return
      }
      const watch = waiting.get(answer.id!)
      waiting.delete(answer.id!)
      if (answer.error !== undefined) watch?.reject(new Error(answer.error))
      // the child's clock, moved onto this process's
      else watch?.resolve({ at: answer.at! - performance.timeOrigin, failed: answer.failed ?? 0 })
    })
  })
