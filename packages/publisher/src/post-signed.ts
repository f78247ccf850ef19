import http from 'node:http'
import { SIGNATURE_HEADER, signBody } from './request-signature'

/**
 * POSTs `request` as JSON, signed with `secret`, to a route of a publisher process (publisher-server.ts) and
 * resolves with the answer's status and parsed body. node:http, not fetch: a publish is answered when it ends,
 * minutes later at worst, past fetch's fixed five-minute wait for headers. `timeoutMs` gives up earlier.
 */
export const postSigned = (
  url: string,
  route: string,
  secret: string,
  request: unknown,
  { timeoutMs }: { timeoutMs?: number } = {},
): Promise<{ status: number; body: unknown }> =>
  new Promise((resolve, reject) => {
    const body = JSON.stringify(request)
    const outgoing = http.request(
      new URL(route, url),
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          [SIGNATURE_HEADER]: signBody(secret, body),
        },
        // a connection of its own: Node's global agent closes idle kept-alive sockets after 5 s, mid-publish here
        agent: false,
        ...(timeoutMs ? { timeout: timeoutMs } : {}),
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          try {
            resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : undefined })
          } catch {
            reject(new Error(`the publisher answered HTTP ${response.statusCode} with no JSON`))
          }
        })
      },
    )
    if (timeoutMs)
      outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    outgoing.on('error', reject)
    outgoing.end(body)
  })
