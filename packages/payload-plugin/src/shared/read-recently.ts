import type { Payload } from 'payload'

/**
 * A read that a storm of sign-ups or ten thousand messages repeat, done again only after `freshMs`: the answer
 * (its promise) is kept per Payload instance and key; a failed read is not kept.
 */
export const readRecently = <T>(freshMs: number, read: (payload: Payload, key: string) => Promise<T>) => {
  const recent = new WeakMap<Payload, Map<string, { at: number; value: Promise<T> }>>()
  return (payload: Payload, key = ''): Promise<T> => {
    const byKey = recent.get(payload) ?? new Map<string, { at: number; value: Promise<T> }>()
    recent.set(payload, byKey)
    const cached = byKey.get(key)
    if (cached && Date.now() - cached.at < freshMs) return cached.value
    const value = read(payload, key)
    byKey.set(key, { at: Date.now(), value })
    value.catch(() => byKey.delete(key))
    return value
  }
}
