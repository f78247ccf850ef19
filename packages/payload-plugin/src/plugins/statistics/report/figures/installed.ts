import type { Payload } from 'payload'

/** Whether a collection is installed (its section is on). */
export const installed = (payload: Payload, slug: string): boolean => slug in payload.collections
