import { createHash, randomBytes } from 'node:crypto'

/**
 * Unique visitors without storing who they are: a visitor of a day is a hash of the IP address, the user agent
 * and a random salt of that day. The salts live in this object only (one import's memory), are never written
 * anywhere and are gone when the import ends, so nobody can tell from the stored counts, or from a later import,
 * which address visited. The hash is cut to 48 bits, a number a `Set` holds cheaply: two of a day's ten thousand
 * visitors share one with a chance of about one in three million.
 */
export const createVisitorHasher = (): ((day: string, ip: string, userAgent: string) => number) => {
  const salts = new Map<string, string>()
  return (day, ip, userAgent) => {
    let salt = salts.get(day)
    if (salt === undefined) {
      salt = randomBytes(16).toString('base64')
      salts.set(day, salt)
    }
    return createHash('sha256')
      .update(salt)
      .update(ip)
      .update('\n')
      .update(userAgent)
      .digest()
      .readUIntBE(0, 6)
  }
}
