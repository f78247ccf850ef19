import { describe, expect, it } from 'vitest'
import { clientAddress } from './client-address'
import { Throttle } from './throttle'

describe('clientAddress', () => {
  it('takes the last X-Forwarded-For entry, the one the closest proxy (or Next.js) wrote', () => {
    expect(clientAddress(new Headers({ 'X-Forwarded-For': '10.0.0.1, 203.0.113.5' }))).toBe('203.0.113.5')
    expect(clientAddress(new Headers({ 'X-Forwarded-For': '198.51.100.2' }))).toBe('198.51.100.2')
    expect(clientAddress(new Headers())).toBe('unknown')
    expect(clientAddress(undefined)).toBe('unknown')
  })
})

describe('Throttle', () => {
  it('lets the allowed attempts through, then says how many seconds to wait', async () => {
    const throttle = new Throttle({
      address: { points: 2, duration: 60 },
      account: { points: 5, duration: 600 },
    })
    const keys = { address: '203.0.113.5', account: 'wojt@example.pl' }
    expect(await throttle.take(keys)).toBe(null)
    expect(await throttle.take(keys)).toBe(null)
    const wait = await throttle.take(keys)
    expect(wait).toBeGreaterThan(55)
    expect(wait).toBeLessThanOrEqual(60)
    expect(await throttle.take({ address: '198.51.100.1', account: 'wojt@example.pl' })).toBe(null)
  })

  it('gives attempts back and forgets a key on request', async () => {
    const throttle = new Throttle({ address: { points: 1, duration: 60 }, pair: { points: 1, duration: 60 } })
    const keys = { address: 'a', pair: 'a b' }
    expect(await throttle.take(keys)).toBe(null)
    await throttle.give(keys, ['pair'])
    expect(await throttle.take(keys)).toBe(null)
    expect(await throttle.take(keys)).toBeGreaterThan(0)
  })
})
