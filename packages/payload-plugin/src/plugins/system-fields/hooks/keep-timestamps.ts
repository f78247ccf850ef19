import type { PayloadRequest } from 'payload'

type Args = {
  data: Record<string, unknown>
  originalDoc?: Record<string, unknown> | null
  req: PayloadRequest
}

/**
 * `createdAt` and `updatedAt` are the system's: a REST or GraphQL request (an administrator's included) cannot
 * backdate a record or its last change. Trusted Local API scripts (the seed, migrations) may.
 */
export const keepTimestamps = ({ data, originalDoc, req }: Args): Record<string, unknown> => {
  if (req.payloadAPI === 'local') return data
  const now = new Date().toISOString()
  return { ...data, createdAt: originalDoc?.createdAt ?? now, updatedAt: now }
}
