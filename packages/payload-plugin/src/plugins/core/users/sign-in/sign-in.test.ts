import { KNOWN_DEVICE_COOKIE, knownDevice, knownDeviceCookie, knownDeviceValue } from './known-device'
import { describe, expect, it } from 'vitest'
import { clientAddress } from '../../../../shared/client-address'
import { Throttle } from '../../../../shared/throttle'

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

describe('known-device cookie', () => {
  const secret = 'sekret-do-testow-0123456789abcdef'
  const cookieOf = (value: string) => new Headers({ Cookie: `inne=1; ${KNOWN_DEVICE_COOKIE}=${value}` })

  it('is valid for its account only, and not once tampered with', () => {
    const value = knownDeviceValue(secret, 'wojt@example.pl')
    const device = value.split('.')[0]
    expect(knownDevice(cookieOf(value), secret, 'wojt@example.pl')).toBe(device)
    expect(knownDevice(cookieOf(value), secret, 'ktos@example.pl')).toBeUndefined()
    expect(
      knownDevice(cookieOf(value), 'inny-sekret-0123456789abcdef0123', 'wojt@example.pl'),
    ).toBeUndefined()
    expect(knownDevice(cookieOf(`${device}.zmieniony`), secret, 'wojt@example.pl')).toBeUndefined()
    expect(knownDevice(new Headers(), secret, 'wojt@example.pl')).toBeUndefined()
  })

  it('is sent to the sign-in path only, out of scripts’ reach, over https when asked', () => {
    expect(knownDeviceCookie('a.b', true)).toBe(
      'ratusz-known-device=a.b; Path=/api/users; Max-Age=31536000; HttpOnly; SameSite=Strict; Secure',
    )
  })
})
