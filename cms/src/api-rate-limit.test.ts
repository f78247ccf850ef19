import { describe, expect, it } from 'vitest'
import { apiRateLimit, isPrivateAddress, tooManyApiRequests } from './api-rate-limit'

const from = (address: string) => new Headers({ 'X-Forwarded-For': `198.51.100.1, ${address}` })

describe('the API limit for clients on the internet', () => {
  it('knows this machine and private networks, IPv4 in IPv6 form included', () => {
    for (const address of [
      '127.0.0.1',
      '::1',
      '10.1.2.3',
      '172.20.0.5',
      '192.168.1.10',
      '::ffff:172.18.0.3',
      'fd00::1',
    ])
      expect(isPrivateAddress(address), address).toBe(true)
    for (const address of [
      '203.0.113.7',
      '8.8.8.8',
      '172.32.0.1',
      '::ffff:203.0.113.7',
      '2001:db8::1',
      'unknown',
    ])
      expect(isPrivateAddress(address), address).toBe(false)
  })

  it('answers a public address its requests a minute, then says how long to wait; others go on', async () => {
    const limit = apiRateLimit(3)
    for (let request = 0; request < 3; request++) expect(await limit.take(from('203.0.113.7'))).toBeNull()
    const wait = await limit.take(from('203.0.113.7'))
    expect(wait).toBeGreaterThanOrEqual(1)
    expect(wait).toBeLessThanOrEqual(60)
    // the last entry counts (the proxy's): a forged first entry changes nothing
    expect(await limit.take(from('203.0.113.8'))).toBeNull()
    for (let request = 0; request < 10; request++) expect(await limit.take(from('172.18.0.3'))).toBeNull()
  })

  it('refuses in Polish, as JSON like the API’s errors, with Retry-After', async () => {
    const response = tooManyApiRequests(42)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('42')
    expect(await response.json()).toEqual({
      errors: [{ message: 'Zbyt wiele zapytań z tego adresu. Spróbuj ponownie za 42 s.' }],
    })
  })
})
