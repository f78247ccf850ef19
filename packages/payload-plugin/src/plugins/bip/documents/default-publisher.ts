import type { DefaultValue, PayloadRequest } from 'payload'
import { BIP_SLUGS } from '../slugs'

/**
 * A new BIP document's "podmiot udostępniający": the name the BIP settings give (the settings screen promises
 * it), so a clerk types it only where another body publishes. Payload awaits a default that is a promise.
 */
export const defaultPublisher = (async ({ req }: { req: PayloadRequest }) => {
  const settings = (await req.payload.findGlobal({
    slug: BIP_SLUGS.settings as never,
    depth: 0,
    overrideAccess: true,
    req,
  })) as { publisher?: string | null }
  return settings.publisher?.trim() || undefined
}) as unknown as DefaultValue
