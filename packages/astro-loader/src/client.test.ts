import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CmsClient, cmsUrlFromEnv } from './client'
import { CmsResponseError, CmsUnreachableError } from './errors'
import { FixtureCms, type FixtureRecord } from './testing/fixture-cms'

const at = (day: number) => new Date(Date.UTC(2025, 0, day)).toISOString()
const records = (count: number): FixtureRecord[] =>
  Array.from({ length: count }, (_, i) => ({ id: i + 1, updatedAt: at(i + 1) }))

describe('CmsClient', () => {
  let cms: FixtureCms
  beforeEach(async () => {
    cms = await new FixtureCms().start()
  })
  afterEach(() => cms.stop())

  it('pages through a collection 100 records at a time with depth=1', async () => {
    cms.collections.set('articles', records(250))
    const client = new CmsClient({ cmsUrl: cms.url })
    const docs = await client.findAll('articles', { sort: '-publishedAt' })
    expect(docs.map((doc) => doc.id)).toEqual(records(250).map((r) => r.id))
    expect(cms.requests.map((url) => url.searchParams.get('page'))).toEqual(['1', '2', '3'])
    for (const url of cms.requests) {
      expect(url.pathname).toBe('/api/articles')
      expect(url.searchParams.get('limit')).toBe('100')
      expect(url.searchParams.get('depth')).toBe('1')
      expect(url.searchParams.get('sort')).toBe('-publishedAt')
    }
  })

  it('lists ids alone, without content', async () => {
    cms.collections.set('articles', records(3))
    const ids = await new CmsClient({ cmsUrl: cms.url }).findIds('articles')
    expect(ids).toEqual(['1', '2', '3'])
    expect(cms.requests[0]?.searchParams.get('select[id]')).toBe('true')
    expect(cms.requests[0]?.searchParams.get('depth')).toBe('0')
  })

  it('fetches a global with depth=1', async () => {
    cms.globals.set('site-settings', { gminaName: 'Gmina Przykładowo' })
    const settings = await new CmsClient({ cmsUrl: cms.url }).getGlobal('site-settings')
    expect(settings).toEqual({ gminaName: 'Gmina Przykładowo' })
    expect(cms.requests[0]?.search).toBe('?depth=1')
  })

  it('retries server errors with a short backoff', async () => {
    cms.collections.set('areas', records(1))
    cms.failuresLeft = 2
    const docs = await new CmsClient({ cmsUrl: cms.url, retryDelayMs: 1 }).findAll('areas')
    expect(docs).toHaveLength(1)
    expect(cms.requests).toHaveLength(3)
  })

  it('gives up on a CMS that keeps failing with one clear line', async () => {
    cms.collections.set('areas', records(1))
    cms.failuresLeft = 10
    const client = new CmsClient({ cmsUrl: cms.url, retries: 2, retryDelayMs: 1 })
    await expect(client.findAll('areas')).rejects.toThrow(
      `Cannot reach the CMS at ${cms.url} (HTTP 503 on /api/areas). Start it with "pnpm start" or set RATUSZ_CMS_URL.`,
    )
    expect(cms.requests).toHaveLength(3)
  })

  it('does not retry a 404 and says which URL failed', async () => {
    const client = new CmsClient({ cmsUrl: cms.url, retryDelayMs: 1 })
    const error = await client.findAll('nope').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CmsResponseError)
    expect((error as Error).message).toMatch(/\/api\/nope\?.* with HTTP 404/)
    expect(cms.requests).toHaveLength(1)
  })
})

describe('an unreachable CMS', () => {
  it('is named in one line with the system error and what to do, and carries no stack', async () => {
    const dead = await new FixtureCms().start()
    const url = dead.url
    await dead.stop()
    const error = await new CmsClient({ cmsUrl: url, retries: 1, retryDelayMs: 1 })
      .findAll('articles')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CmsUnreachableError)
    expect((error as Error).message).toBe(
      `Cannot reach the CMS at ${url} (ECONNREFUSED). Start it with "pnpm start" or set RATUSZ_CMS_URL.`,
    )
    expect((error as Error).message).not.toContain('\n')
    expect((error as Error).stack).toBe('')
  })

  it('times out a CMS that never answers', async () => {
    const { createServer } = await import('node:http')
    const silent = createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as { port: number }
    const client = new CmsClient({ cmsUrl: `http://127.0.0.1:${port}`, timeoutMs: 50, retries: 0 })
    await expect(client.findAll('articles')).rejects.toThrow('(no answer within 0.05 s)')
    silent.closeAllConnections()
    await new Promise<void>((resolve) => silent.close(() => resolve()))
  })
})

describe('cmsUrlFromEnv', () => {
  it('reads RATUSZ_CMS_URL and drops a trailing slash', () => {
    expect(cmsUrlFromEnv({ RATUSZ_CMS_URL: 'https://cms.gmina.pl/' })).toBe('https://cms.gmina.pl')
  })
  it('defaults to the local CMS', () => {
    expect(cmsUrlFromEnv({})).toBe('http://localhost:3000')
  })
})
