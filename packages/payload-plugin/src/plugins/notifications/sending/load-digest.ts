import type { Payload } from 'payload'
import { NOTIFICATION_SLUGS } from '../slugs'
import type { DigestEntry } from './item-message'
import { loadItem } from './load-item'
import { readMessageKey } from './message-keys'

/**
 * The items of one subscriber's digest, in the order they were published: each article or event once, with the
 * variant it is listed as. An item first published in this digest is listed as new even if it was corrected
 * since (the resident never saw the first version), or as cancelled if it was cancelled; otherwise the latest
 * variant counts ("Aktualizacja:", "Odwołane:"). Items unpublished or deleted since are left out.
 */
export const loadDigest = async (
  payload: Payload,
  digest: string,
  subscription: string | number,
): Promise<DigestEntry[]> => {
  const held = await payload.find({
    collection: NOTIFICATION_SLUGS.deliveries as never,
    where: { and: [{ digest: { equals: digest } }, { subscription: { equals: subscription } }] },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    select: { message: true } as never,
    overrideAccess: true,
  })
  const byItem = new Map<string, { kind: 'article' | 'event'; id: string; variants: string[] }>()
  for (const doc of held.docs as unknown as { message: string }[]) {
    const ref = readMessageKey(doc.message)
    if (!ref || (ref.kind !== 'article' && ref.kind !== 'event')) continue
    const key = `${ref.kind}:${ref.id}`
    const entry = byItem.get(key) ?? { kind: ref.kind, id: ref.id, variants: [] }
    entry.variants.push(ref.variant)
    byItem.set(key, entry)
  }
  const entries = await Promise.all(
    [...byItem.entries()].map(async ([key, { variants }]): Promise<DigestEntry | null> => {
      const item = await loadItem(payload, `${key}:${digest}`)
      if (!item) return null
      const last = variants.at(-1) as DigestEntry['variant']
      const variant = variants.includes('new') && last === 'update' ? 'new' : last
      return { item, variant }
    }),
  )
  return entries.filter((entry): entry is DigestEntry => entry !== null)
}
