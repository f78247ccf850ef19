import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { SkippedRecord } from '@ratusz/contract'
import { withLock } from '../lock'
import type {
  WarmPreviewed,
  WarmPreviewRequest,
  WarmRefused,
  WarmRendered,
  WarmReply,
  WarmRequest,
  WarmStart,
} from './protocol'

type WarmAnswer = WarmRendered | WarmRefused | WarmPreviewed

/**
 * The renderer's entry, found from the repository: not from this module's own location, which a bundle (the CMS's
 * Next build) does not keep.
 */
const workerFileIn = (repoDir: string) => path.join(repoDir, 'packages/publisher/src/warm/worker.ts')

/**
 * The publisher's handle on a warm renderer process (worker.ts): `start` runs its first, ordinary build into
 * `outDir`; `render` brings a copy of its last output up to date with the CMS, rendering only what changed, or
 * answers `refused` when it cannot prove the result equals a cold build. After a refusal or a failure the
 * renderer is stopped: its state no longer matches any release.
 */
export class WarmRenderer {
  #child: ChildProcess
  #nextId = 1
  #pending = new Map<number, (reply: WarmAnswer) => void>()
  #exited = false
  #log = ''

  private constructor(child: ChildProcess) {
    this.#child = child
    const keep = (chunk: Buffer) => {
      this.#log = (this.#log + chunk.toString()).slice(-4000)
    }
    child.stdout?.on('data', keep)
    child.stderr?.on('data', keep)
    child.on('message', (reply: WarmReply) => {
      if (reply.type !== 'rendered' && reply.type !== 'refused' && reply.type !== 'previewed') return
      this.#pending.get(reply.id)?.(reply)
      this.#pending.delete(reply.id)
      if (this.#pending.size === 0) this.#idle()
    })
    child.on('exit', () => {
      this.#exited = true
      for (const [id, resolve] of this.#pending) resolve({ type: 'refused', id, reason: this.#exitReason() })
      this.#pending.clear()
    })
  }

  /** While it waits for requests the renderer does not keep this process alive (a one-off `pnpm publish:site`). */
  #idle() {
    this.#child.unref()
    this.#child.channel?.unref()
  }

  #busy() {
    this.#child.ref()
    this.#child.channel?.ref()
  }

  #exitReason = () => `the warm renderer stopped: ${this.#log.trim().split('\n').slice(-5).join('\n')}`

  /**
   * Starts a renderer and waits for its first build. Rejects when that build fails. The first build holds the
   * site project's build lock, as `astro build` does (astro-build.ts): Astro writes build files inside the project.
   */
  static start(
    options: WarmStart & { repoDir: string },
  ): Promise<{ renderer: WarmRenderer; skipped: SkippedRecord[]; buildMs: number }> {
    return withLock(path.join(options.siteDir, '.astro'), 'build', () => WarmRenderer.#start(options))
  }

  static #start(
    options: WarmStart & { repoDir: string },
  ): Promise<{ renderer: WarmRenderer; skipped: SkippedRecord[]; buildMs: number }> {
    const { repoDir, ...start } = options
    const tsx = createRequire(path.join(repoDir, 'package.json')).resolve('tsx')
    // --expose-gc: the worker collects its garbage once idle (request-queue.ts, `serveRequests`).
    const args = ['--expose-gc', '--import', tsx, workerFileIn(repoDir), JSON.stringify(start)]
    const child = spawn(process.execPath, args, {
      cwd: start.siteDir,
      // glibc gives each thread that allocates (libuv's pool, the splice threads) an arena of its own, up to 8 a
      // core, and keeps what they freed: after a splice of 30,000 pages the renderer held 1.49-1.59 GB; with two
      // arenas 1.25-1.33 GB, at about the same speed (docs/performance.md).
      env: { ...process.env, ...start.env, MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    })
    const renderer = new WarmRenderer(child)
    return new Promise((resolve, reject) => {
      const onMessage = (reply: WarmReply) => {
        if (reply.type === 'ready') {
          child.off('message', onMessage)
          renderer.#idle()
          resolve({ renderer, skipped: reply.skipped, buildMs: reply.buildMs })
        } else if (reply.type === 'failed') {
          renderer.stop()
          reject(new Error(reply.reason))
        }
      }
      child.on('message', onMessage)
      child.on('exit', () => reject(new Error(renderer.#exitReason())))
      child.on('error', reject)
    })
  }

  get running(): boolean {
    return !this.#exited
  }

  /** Brings `outDir` (a copy of the renderer's last output) up to date with the CMS. */
  render(outDir: string, env?: WarmRequest['env']): Promise<WarmRendered | WarmRefused> {
    const id = this.#nextId++
    if (this.#exited) return Promise.resolve({ type: 'refused', id, reason: this.#exitReason() })
    this.#busy()
    return new Promise((resolve) => {
      this.#pending.set(id, (reply) => {
        if (reply.type === 'refused') this.stop()
        resolve(reply as WarmRendered | WarmRefused)
      })
      this.#child.send({ type: 'render', id, outDir, env } satisfies WarmRequest)
    })
  }

  /**
   * Renders the page of a record's draft (`record`, as the CMS's REST API gives it) at `pathname`, from the CMS's
   * current records; writes nothing. A refusal here (the draft breaks the contract, the site has no such page)
   * leaves the renderer running: its state is untouched.
   */
  preview(request: Omit<WarmPreviewRequest, 'type' | 'id'>): Promise<WarmPreviewed | WarmRefused> {
    const id = this.#nextId++
    if (this.#exited) return Promise.resolve({ type: 'refused', id, reason: this.#exitReason() })
    this.#busy()
    return new Promise((resolve) => {
      this.#pending.set(id, (reply) => resolve(reply as WarmPreviewed | WarmRefused))
      this.#child.send({ type: 'preview', id, ...request } satisfies WarmPreviewRequest)
    })
  }

  /** Stops the renderer (its memory is freed at once). */
  stop(): void {
    if (!this.#exited) this.#child.kill()
  }
}
