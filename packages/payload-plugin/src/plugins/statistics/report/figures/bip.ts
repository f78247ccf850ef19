import type { CollectionSlug, Payload } from 'payload'
import { BIP_SLUGS } from '../../../bip/slugs'
import { periodInstants, type Period } from '../period'
import { datedCount } from './dated-count'
import { installed } from './installed'

export type BipFigures = { documentsPublished: number; changes: Record<string, number>; changesTotal: number }

/** BIP documents first published in the period and the register's entries per action. */
export const bipFigures = async (payload: Payload, period: Period): Promise<BipFigures | null> => {
  if (!installed(payload, BIP_SLUGS.changes)) return null
  const { start, end } = periodInstants(period)
  const documentsPublished = await datedCount(payload, BIP_SLUGS.documents, 'publishedAt', period)
  if (documentsPublished === null) return null
  const { docs } = await payload.find({
    collection: BIP_SLUGS.changes as CollectionSlug,
    where: {
      and: [
        { changedAt: { greater_than_equal: start.toISOString() } },
        { changedAt: { less_than: end.toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    select: { action: true } as never,
    overrideAccess: true,
  })
  const changes: Record<string, number> = { publikacja: 0, zmiana: 0, wycofanie: 0 }
  for (const doc of docs as unknown as { action: string }[])
    changes[doc.action] = (changes[doc.action] ?? 0) + 1
  return { documentsPublished, changes, changesTotal: docs.length }
}
