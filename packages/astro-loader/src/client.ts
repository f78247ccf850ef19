import { readVariables } from '@ratusz/config'
import { CmsResponseError, CmsUnreachableError } from './errors'

/** Query parameters in Payload's bracket syntax, e.g. `{ sort: '-publishedAt', 'where[featured][equals]': true }`. */
export type CmsQuery = Record<string, string | number | boolean>

export type CmsClientOptions = {
  /** Base URL of the CMS, without `/api`. */
  cmsUrl: string
  /** Per request, in milliseconds. */
  timeoutMs?: number
  /** Further attempts after a network error or a 5xx answer. */
  retries?: number
  /** Delay before the first retry; doubles on each further one. */
  retryDelayMs?: number
}

/** One page of a Payload REST list. */
type CmsPage = {
  docs: Record<string, unknown>[]
  totalDocs: number
  hasNextPage: boolean
  nextPage: number | null
}

/** The CMS base URL from `RATUSZ_CMS_URL`, or the local default, without a trailing slash. */
export function cmsUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  return readVariables(['RATUSZ_CMS_URL'], env).RATUSZ_CMS_URL.replace(/\/+$/, '')
}

const PAGE_SIZE = 100

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Why a fetch failed, in a few words: the system error code when there is one. */
function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`
  }
  let current: unknown = error
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    const errors = (current as { errors?: unknown }).errors
    if (Array.isArray(errors) && errors.length > 0) {
      current = errors[0]
      continue
    }
    current = (current as { cause?: unknown }).cause
  }
  return error instanceof Error ? error.message : String(error)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A small REST client for Payload's public API: lists with paging, globals, and raw files. */
export class CmsClient {
  readonly cmsUrl: string
  readonly #timeoutMs: number
  readonly #retries: number
  readonly #retryDelayMs: number

  constructor(options: CmsClientOptions) {
    this.cmsUrl = options.cmsUrl.replace(/\/+$/, '')
    this.#timeoutMs = options.timeoutMs ?? 15_000
    this.#retries = options.retries ?? 3
    this.#retryDelayMs = options.retryDelayMs ?? 250
  }

  /** An absolute URL on the CMS for a path (`/api/...`) or a URL the CMS returned (relative or absolute). */
  resolve(pathOrUrl: string, query: CmsQuery = {}): URL {
    const url = new URL(pathOrUrl, `${this.cmsUrl}/`)
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, String(value))
    return url
  }

  /** GETs a URL, retrying network errors and 5xx answers with a short backoff. */
  async request(url: URL): Promise<Response> {
    let lastReason = ''
    for (let attempt = 0; attempt <= this.#retries; attempt++) {
      if (attempt > 0) await sleep(this.#retryDelayMs * 2 ** (attempt - 1))
      let response: Response
      try {
        response = await fetch(url, { signal: AbortSignal.timeout(this.#timeoutMs) })
      } catch (error) {
        lastReason = describeNetworkError(error, this.#timeoutMs)
        continue
      }
      if (response.status >= 500) {
        lastReason = `HTTP ${response.status} on ${url.pathname}`
        await response.body?.cancel()
        continue
      }
      if (!response.ok) {
        const detail = (await response.text()).slice(0, 200)
        throw new CmsResponseError(url.href, response.status, detail || response.statusText)
      }
      return response
    }
    throw new CmsUnreachableError(this.cmsUrl, lastReason)
  }

  async getJson(url: URL): Promise<unknown> {
    const response = await this.request(url)
    const text = await response.text()
    try {
      return JSON.parse(text)
    } catch {
      throw new CmsResponseError(url.href, 0, `not JSON: ${text.slice(0, 80)}`)
    }
  }

  /** One page of a collection. */
  async getPage(collection: string, page: number, query: CmsQuery = {}): Promise<CmsPage> {
    const url = this.resolve(`/api/${collection}`, { limit: PAGE_SIZE, depth: 1, ...query, page })
    const body = await this.getJson(url)
    if (!isRecord(body) || !Array.isArray(body.docs) || typeof body.hasNextPage !== 'boolean') {
      throw new CmsResponseError(
        url.href,
        0,
        'not a Payload list ({ docs, totalDocs, hasNextPage, nextPage })',
      )
    }
    return {
      docs: body.docs.filter(isRecord),
      totalDocs: typeof body.totalDocs === 'number' ? body.totalDocs : body.docs.length,
      hasNextPage: body.hasNextPage,
      nextPage: typeof body.nextPage === 'number' ? body.nextPage : null,
    }
  }

  /** Every record of a collection matching the query, page after page. */
  async findAll(collection: string, query: CmsQuery = {}): Promise<Record<string, unknown>[]> {
    const records: Record<string, unknown>[] = []
    let page: number | null = 1
    while (page !== null) {
      const result: CmsPage = await this.getPage(collection, page, query)
      records.push(...result.docs)
      page = result.hasNextPage ? (result.nextPage ?? page + 1) : null
    }
    return records
  }

  /** The ids of every record matching the query, fetched without their content. */
  async findIds(collection: string, query: CmsQuery = {}): Promise<string[]> {
    const docs = await this.findAll(collection, { ...query, depth: 0, limit: 1000, 'select[id]': true })
    return docs.map((doc) => String(doc.id))
  }

  /** How many records match the query (one request, no content). */
  async count(collection: string, query: CmsQuery = {}): Promise<number> {
    return (await this.getPage(collection, 1, { ...query, depth: 0, limit: 1, 'select[id]': true })).totalDocs
  }

  /** A global such as `site-settings`. */
  async getGlobal(slug: string): Promise<Record<string, unknown>> {
    const url = this.resolve(`/api/globals/${slug}`, { depth: 1 })
    const body = await this.getJson(url)
    if (!isRecord(body)) throw new CmsResponseError(url.href, 0, 'not an object')
    return body
  }

  /** The bytes of an uploaded file (a media or document URL as the CMS returned it). */
  async getFile(fileUrl: string): Promise<{ bytes: Uint8Array<ArrayBuffer>; contentType: string }> {
    const response = await this.request(this.resolve(fileUrl))
    return {
      bytes: new Uint8Array(await response.arrayBuffer()),
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
    }
  }
}
