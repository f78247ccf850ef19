import { BlockList, isIPv4, isIPv6 } from 'node:net'
import { clientAddress, Throttle } from '@ratusz/payload-plugin'

/**
 * Addresses that are not the internet: this machine, the compose network (the publisher reads the whole API on
 * every build), the reverse proxy's and the office's own networks. Only clients beyond them are limited.
 */
const PRIVATE = new BlockList()
for (const [network, prefix] of [
  ['127.0.0.0', 8],
  ['10.0.0.0', 8],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['169.254.0.0', 16],
  ['100.64.0.0', 10],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv6')

/** Whether an address is of this machine or a private network (an IPv4 address in IPv6 form counts as IPv4). */
export const isPrivateAddress = (address: string): boolean => {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1]
  if (mapped) return PRIVATE.check(mapped, 'ipv4')
  if (isIPv4(address)) return PRIVATE.check(address, 'ipv4')
  if (isIPv6(address)) return PRIVATE.check(address, 'ipv6')
  return false
}

/**
 * The CMS's limit for clients on the internet: `perMinute` requests a minute per client address (the last
 * `X-Forwarded-For` entry, the one the reverse proxy adds). `take` answers null, or the seconds to wait.
 */
export const apiRateLimit = (perMinute: number) => {
  const throttle = new Throttle({ address: { points: perMinute, duration: 60 } })
  return {
    take: async (headers: Pick<Headers, 'get'>): Promise<number | null> => {
      const address = clientAddress(headers)
      return isPrivateAddress(address) ? null : throttle.take({ address })
    },
  }
}

/** The Polish answer to a client over the limit: JSON as the API's own errors, with `Retry-After`. */
export const tooManyApiRequests = (wait: number): Response =>
  Response.json(
    {
      errors: [{ message: `Zbyt wiele zapytań z tego adresu. Spróbuj ponownie za ${wait} s.` }],
    },
    { status: 429, headers: { 'Retry-After': String(wait) } },
  )
