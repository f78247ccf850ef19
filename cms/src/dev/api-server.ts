import http from 'node:http'
import { Readable } from 'node:stream'
import { getPayload, handleEndpoints } from 'payload'

/**
 * Development aid: the CMS's REST API (Payload's own handler, the one the Next.js route calls) on a plain
 * Node server, without building the admin. For building the site against a scratch database:
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/scratch PAYLOAD_SECRET=… RATUSZ_API_PORT=3300 \
 *     pnpm --filter @ratusz/cms api
 */
const port = Number(process.env.RATUSZ_API_PORT ?? 3300)
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config })

const server = http.createServer(async (incoming, outgoing) => {
  const url = `http://127.0.0.1:${port}${incoming.url ?? '/'}`
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD'
  const request = new Request(url, {
    method: incoming.method,
    headers: incoming.headers as Record<string, string>,
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit)
  const response = await handleEndpoints({ config: payload.config, path: new URL(url).pathname, request })
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
  outgoing.end(Buffer.from(await response.arrayBuffer()))
})
server.listen(port, '127.0.0.1', () => console.log(`Ratusz REST API on http://127.0.0.1:${port}/api`))
