import { randomBytes } from 'node:crypto'
import { warsawDay } from '@ratusz/warsaw-time'
import type { CollectionBeforeChangeHook } from 'payload'

/** A short, URL-safe identifier: the year and eight random base-32 characters, e.g. "2026-k3m9x2qa". */
const newPermanentId = (now = new Date()): string => {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'
  const random = [...randomBytes(8)].map((byte) => alphabet[byte % alphabet.length]).join('')
  return `${warsawDay(now).slice(0, 4)}-${random}`
}

/**
 * Gives a new document its permanent identifier (its URL) and keeps it forever: whatever a request sends, an
 * existing document keeps the identifier it was created with.
 */
export const assignPermanentId: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const existing = originalDoc?.permanentId as string | undefined
  return { ...data, permanentId: existing || newPermanentId() }
}
