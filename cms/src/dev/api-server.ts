import http from 'node:http'
import { Readable } from 'node:stream'
import { handleEndpoints, type Payload } from 'payload'

/**
 * The CMS's REST API — Payload's own handler, the one the Next.js route calls — on a plain Node server, without
 * the admin: for tests that need the API over HTTP (the site build reads it) and for building the site against a
 * scratch database in development (`pnpm --filter @ratusz/cms api`).
 */
export const startApiServer = (payload: Payload, port: number, host = '127.0.0.1'): Promise<http.Server> => {
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const url = `http://${host}:${port}${incoming.url ?? '/'}`
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
    } catch (error) {
      outgoing.writeHead(500, { 'content-type': 'text/plain' })
      outgoing.end((error as Error).message)
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
