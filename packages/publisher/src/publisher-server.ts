import http from 'node:http'
import type { PreviewResult } from './preview-from-cms'
import { isSigned, SIGNATURE_HEADER } from './request-signature'

/** The path a publisher process answers preview requests on. */
export const PREVIEW_ROUTE = '/podglad'
/** The path a publisher process answers publish requests on. */
export const PUBLISH_ROUTE = '/publikuj'
/** A draft with its relations is tens of KB; anything far larger is not a request of the CMS. */
const MAX_BODY_BYTES = 8 * 2 ** 20

export type PreviewRequest = { collection: string; record: Record<string, unknown>; pathname: string }
export type PublishRequest = { reason: string }
/** How a publish over HTTP ended: its result (publish.ts), or the failure with the step it failed at. */
export type PublishAnswer = { published: unknown } | { failed: { message: string; step?: string } }

type PublisherHandlers = {
  preview: (request: PreviewRequest) => Promise<PreviewResult>
  /** Publishes the site; without it, publish requests get 404 (the production stack's publisher runs the queue). */
  publish?: (request: PublishRequest) => Promise<unknown>
}

const answer = (response: http.ServerResponse, status: number, body: unknown) => {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  })
  response.end(JSON.stringify(body))
}

const previewAnswer = (
  preview: PublisherHandlers['preview'],
  request: PreviewRequest,
): Promise<PreviewResult> =>
  preview(request).catch((error: Error) => ({ unavailable: 'refused', reason: error.message }))

const publishAnswer = (publish: NonNullable<PublisherHandlers['publish']>, request: PublishRequest) =>
  publish(request).then(
    (published): PublishAnswer => ({ published }),
    (error: Error & { step?: string }): PublishAnswer => ({
      failed: { message: error.message, ...(error.step ? { step: error.step } : {}) },
    }),
  )

/**
 * Where the CMS process asks the process that holds the warm renderer for what needs it: `POST /podglad` renders
 * a draft (the production stack's publisher, cms/src/jobs/run-queues.ts, and `pnpm start`'s own process), and
 * `POST /publikuj` publishes the site (only where `publish` is given: `pnpm start`, whose CMS runs the publish
 * jobs but leaves their builds to it). Requests are signed with the CMS's secret; anything unsigned is refused
 * (401): the port is an internal one, but nothing else there may have drafts rendered or the site published.
 * A publish is answered when it ends, however long that takes.
 */
export const servePublisher = ({
  port,
  host = '0.0.0.0',
  secret,
  preview,
  publish,
}: PublisherHandlers & { port: number; host?: string; secret: string }): Promise<http.Server> => {
  const server = http.createServer((request, response) => {
    const route = request.method === 'POST' ? request.url : undefined
    if (route !== PREVIEW_ROUTE && !(route === PUBLISH_ROUTE && publish)) return answer(response, 404, {})
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
      if (!isSigned(secret, body, request.headers[SIGNATURE_HEADER] as string | undefined))
        return answer(response, 401, {})
      let parsed: unknown
      try {
        parsed = JSON.parse(body)
      } catch {
        return answer(response, 400, {})
      }
      const work =
        route === PREVIEW_ROUTE
          ? previewAnswer(preview, parsed as PreviewRequest)
          : publishAnswer(publish!, parsed as PublishRequest)
      void work.then((result) => answer(response, 200, result))
    })
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(server))
  })
}
