import { createHmac, timingSafeEqual } from 'node:crypto'
import http from 'node:http'
import type { PreviewResult } from './preview-from-cms'

/** The path a publisher process answers preview requests on. */
export const PREVIEW_ROUTE = '/podglad'
/** The header that carries the request body's HMAC-SHA256 (hex) with the CMS's secret. */
export const SIGNATURE_HEADER = 'x-ratusz-signature'
/** A draft with its relations is tens of KB; anything far larger is not a preview request. */
const MAX_BODY_BYTES = 8 * 2 ** 20

/** The signature of a preview request's body. */
export const signPreview = (secret: string, body: string): string =>
  createHmac('sha256', secret).update(body).digest('hex')

const signed = (secret: string, body: string, signature: string | undefined): boolean => {
  const expected = Buffer.from(signPreview(secret, body))
  const given = Buffer.from(signature ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

export type PreviewRequest = { collection: string; record: Record<string, unknown>; pathname: string }
type Preview = (request: PreviewRequest) => Promise<PreviewResult>

const answer = (response: http.ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(JSON.stringify(body))
}

/**
 * Where the CMS process asks for previews when another process holds the warm renderer (the production stack's
 * publisher, cms/src/jobs/run-queues.ts): `POST /podglad` with a request signed with the CMS's secret, answered
 * with the `PreviewResult` as JSON. Anything unsigned is refused (401): the port is the stack's internal network's,
 * but no other service there may have drafts rendered.
 */
export const servePreviews = ({
  port,
  host = '0.0.0.0',
  secret,
  preview,
}: {
  port: number
  host?: string
  secret: string
  preview: Preview
}): Promise<http.Server> => {
  const server = http.createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== PREVIEW_ROUTE) return answer(response, 404, {})
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        answer(response, 413, {})
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', () => {
      if (response.headersSent) return
      const body = Buffer.concat(chunks).toString('utf8')
      if (!signed(secret, body, request.headers[SIGNATURE_HEADER] as string | undefined))
        return answer(response, 401, {})
      let parsed: PreviewRequest
      try {
        parsed = JSON.parse(body) as PreviewRequest
      } catch {
        return answer(response, 400, {})
      }
      preview(parsed).then(
        (result) => answer(response, 200, result),
        (error: Error) => answer(response, 200, { unavailable: 'refused', reason: error.message }),
      )
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
