import { serveStatic } from '../../lib/static-server'

/*
 * The child process of site-watch.ts: serves a built site's live folder (argv: folder, port) as the production web
 * server would, and answers each `{ id, page, marker }` message with the time (`performance.timeOrigin` based, in
 * ms) when `page` first showed `marker`, polled every 20 ms, and how many requests failed meanwhile.
 */

const POLL_MS = 20
const GIVE_UP_MS = 600_000

type Watch = { id: number; page: string; marker: string }

const [root, port] = process.argv.slice(2)
await serveStatic(root!, Number(port))

process.on('message', async ({ id, page, marker }: Watch) => {
  const started = performance.now()
  let failed = 0
  const shows = () =>
    fetch(page).then(
      async (response) => response.ok && (await response.text()).includes(marker),
      () => ((failed += 1), false),
    )
  while (!(await shows())) {
    if (performance.now() - started > GIVE_UP_MS) {
      process.send?.({ id, error: `${page} never showed the change` })
      return
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  process.send?.({ id, at: performance.timeOrigin + performance.now(), failed })
})
process.send?.({ ready: true })
process.on('disconnect', () => process.exit(0))
