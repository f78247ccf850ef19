import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A record as the fixture CMS serves it. */
export type FixtureRecord = Record<string, unknown> & { id: number | string; updatedAt: string }

/**
 * A tiny stand-in for Payload's REST API on 127.0.0.1, for tests: paged lists with `where[updatedAt]` filters and
 * `select[id]`, globals, and an optional number of 503 answers before it behaves. Every request is recorded.
 */
export class FixtureCms {
  readonly collections = new Map<string, FixtureRecord[]>()
  readonly globals = new Map<string, Record<string, unknown>>()
  readonly requests: URL[] = []
  failuresLeft = 0
  #server: Server | undefined

  get url(): string {
    const address = this.#server?.address() as AddressInfo | null
    if (!address) throw new Error('fixture CMS not started')
    return `http://127.0.0.1:${address.port}`
  }

  async start(): Promise<this> {
    this.#server = createServer((request, response) => {
      const { status, body } = this.#answer(request)
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    })
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve))
    return this
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.#server?.close(() => resolve()))
  }

  #answer(request: IncomingMessage): { status: number; body: unknown } {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    this.requests.push(url)
    if (this.failuresLeft > 0) {
      this.failuresLeft--
      return { status: 503, body: { errors: [{ message: 'busy' }] } }
    }
    const global = url.pathname.match(/^\/api\/globals\/([a-z-]+)$/)?.[1]
    if (global && this.globals.has(global)) return { status: 200, body: this.globals.get(global) }
    const collection = url.pathname.match(/^\/api\/([a-z-]+)$/)?.[1]
    const records = collection ? this.collections.get(collection) : undefined
    if (!records) return { status: 404, body: { errors: [{ message: 'Not Found' }] } }

    const after = url.searchParams.get('where[updatedAt][greater_than]')
    const from = url.searchParams.get('where[updatedAt][greater_than_equal]')
    const matching = records.filter(
      (record) => (!after || record.updatedAt > after) && (!from || record.updatedAt >= from),
    )
    const limit = Number(url.searchParams.get('limit') ?? 10)
    const page = Number(url.searchParams.get('page') ?? 1)
    const totalPages = Math.max(1, Math.ceil(matching.length / limit))
    const slice = matching.slice((page - 1) * limit, page * limit)
    const docs = url.searchParams.get('select[id]') ? slice.map(({ id }) => ({ id })) : slice
    const hasNextPage = page < totalPages
    return {
      status: 200,
      body: {
        docs,
        totalDocs: matching.length,
        limit,
        page,
        totalPages,
        hasNextPage,
        nextPage: hasNextPage ? page + 1 : null,
      },
    }
  }
}
