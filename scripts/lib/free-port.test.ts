import net from 'node:net'
import { describe, expect, it } from 'vitest'
import { assertPortFree } from './free-port'

describe('assertPortFree', () => {
  it('refuses a port a server already listens on, and accepts it once the server is gone', async () => {
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(0, resolve))
    const { port } = server.address() as net.AddressInfo
    await expect(assertPortFree(port)).rejects.toThrow(`port ${port} is in use`)
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await expect(assertPortFree(port)).resolves.toBeUndefined()
  })
})
