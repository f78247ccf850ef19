import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { PublishError } from './publish'
import { publishOverHttp } from './publish-over-http'
import { servePublisher } from './publisher-server'

const SECRET = 'unit-test-secret-0123456789abcdef0123'
const servers: Server[] = []
afterEach(() => servers.splice(0).forEach((server) => server.close()))

const publisherAt = async (publish?: (request: { reason: string }) => Promise<unknown>) => {
  const server = await servePublisher({
    port: 0,
    host: '127.0.0.1',
    secret: SECRET,
    preview: () => Promise.resolve({ unavailable: 'renderer-not-started' }),
    publish,
  })
  servers.push(server)
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

describe('publishOverHttp', () => {
  it("gives the publisher's result, its moment as a date, and passes the reason", async () => {
    const reasons: string[] = []
    const url = await publisherAt(async ({ reason }) => {
      reasons.push(reason)
      return { releaseId: 'r2', previousReleaseId: 'r1', pages: 3, staleAt: new Date('2026-12-24T17:00:00Z') }
    })
    const result = await publishOverHttp(url, SECRET)('Aktualności: zmiana')
    expect(result).toMatchObject({ releaseId: 'r2', previousReleaseId: 'r1', pages: 3 })
    expect(result.staleAt).toEqual(new Date('2026-12-24T17:00:00Z'))
    expect(reasons).toEqual(['Aktualności: zmiana'])
  })

  // a publish takes as long as it takes: longer than an idle kept-alive socket lives (Node's agent: 5 s)
  it('waits for a publish that takes longer than a socket may idle', async () => {
    const url = await publisherAt(async () => {
      await new Promise((resolve) => setTimeout(resolve, 6_000))
      return { releaseId: 'slow' }
    })
    await expect(publishOverHttp(url, SECRET)('x')).resolves.toMatchObject({ releaseId: 'slow' })
  }, 20_000)

  it("fails as the publisher's publish failed, with the step it failed at", async () => {
    const url = await publisherAt(() =>
      Promise.reject(new PublishError('links', 'broken internal links: /a/ → /b/')),
    )
    const failure = await publishOverHttp(url, SECRET)('x').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(PublishError)
    expect(failure).toMatchObject({ step: 'links', message: 'broken internal links: /a/ → /b/' })
  })

  it('refuses a wrong signature, and a publisher that does not publish says so', async () => {
    const url = await publisherAt(() => Promise.resolve({ releaseId: 'r' }))
    await expect(publishOverHttp(url, 'another-secret-0123456789abcdef0123')('x')).rejects.toThrow(
      'the publisher answered HTTP 401',
    )
    const previewsOnly = await publisherAt()
    await expect(publishOverHttp(previewsOnly, SECRET)('x')).rejects.toThrow(
      'the publisher answered HTTP 404',
    )
  })
})
