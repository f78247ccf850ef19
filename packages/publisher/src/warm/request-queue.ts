import type { WarmMessage, WarmPreviewRequest, WarmReply, WarmRequest } from './protocol'

/*
 * How the warm renderer (worker.ts) takes its requests over IPC: one at a time, in arrival order, each answered
 * with a reply (a failure as `refused`, with its stack: the caller restarts the renderer), a render's variables
 * set only while it runs, and the garbage collected once the renderer has been idle for a while.
 */

/** How long the renderer waits without a request before it collects its garbage. */
const IDLE_COLLECTION_MS = 5_000

type Handlers = {
  render: (request: WarmRequest) => Promise<WarmReply>
  preview: (request: WarmPreviewRequest) => Promise<WarmReply>
  send: (reply: WarmReply) => void
  /** Work that need not hold up a reply, done after each (before the next request is taken). */
  afterReply?: () => void
  /**
   * Work done before the first request is taken (a warm-up). When it fails the renderer is not to be trusted: every
   * request is refused with its error, and the caller restarts the renderer.
   */
  beforeFirst?: () => Promise<unknown>
  /** Where the requests come from: the parent's IPC messages (tests give their own). */
  receive?: (listener: (message: WarmMessage) => void) => void
}

/**
 * Runs `work` with the variables of `env` set in `process.env` (undefined: unset), and puts back the ones it
 * changed afterwards.
 */
async function withEnv<T>(env: WarmRequest['env'], work: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env ?? {}).map((name) => [name, process.env[name]]))
  const apply = (values: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  }
  apply(env ?? {})
  try {
    return await work()
  } finally {
    apply(saved)
  }
}

/**
 * Answers the IPC messages of the renderer's parent with `render` and `preview`, one at a time.
 *
 * A full collection runs once the renderer has been idle for a while (after its first build, which calls this,
 * and after each request): each leaves hundreds of MB of garbage that V8 would otherwise keep between its own full
 * collections (at 30,000 pages the renderer's memory climbed from 1.6 to 2.3 GB before one). Not at once: a
 * collection right after a reply ran beside the publish's own checks in the CMS process and made each publish 0.4 s
 * slower on 2 cores. Needs `--expose-gc` (warm-renderer.ts starts the worker so); a new request cancels a waiting
 * one.
 */
export function serveRequests({
  render,
  preview,
  send,
  afterReply,
  beforeFirst,
  receive = (listener) => process.on('message', listener),
}: Handlers): void {
  let idleCollection: NodeJS.Timeout | undefined
  const collectWhenIdle = () => {
    idleCollection = setTimeout(() => (globalThis as { gc?: () => void }).gc?.(), IDLE_COLLECTION_MS).unref()
  }
  let failed: unknown
  let queue = (beforeFirst?.() ?? Promise.resolve()).catch((error: unknown) => {
    failed = error
  })
  let waiting = 0
  const answer = async (message: WarmMessage) => {
    try {
      if (failed !== undefined) throw failed
      send(
        await (message.type === 'preview' ? preview(message) : withEnv(message.env, () => render(message))),
      )
    } catch (error) {
      send({ type: 'refused', id: message.id, reason: (error as Error).stack ?? String(error) })
    }
    afterReply?.()
    if (--waiting === 0) collectWhenIdle()
  }
  receive((message) => {
    clearTimeout(idleCollection)
    waiting++
    queue = queue.then(() => answer(message))
  })
  collectWhenIdle()
}
