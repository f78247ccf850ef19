import { APIError, type CollectionBeforeOperationHook, type Where } from 'payload'
import { message } from '../../../../shared/i18n'
import { BIP_SLUGS } from '../../slugs'

/**
 * A BIP document once published never goes back to draft: its address, its register entries and the public
 * history point at it. It can only be withdrawn to the archive (published, with the date and reason). Saving a
 * draft over it (`draft: true`) is allowed: the published version stays as it is.
 */
export const refuseUnpublish: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update') return args
  const { data, draft, id, where } = args as {
    data?: { _status?: unknown }
    draft?: boolean
    id?: number | string
    where?: Where
  }
  if (draft || data?._status !== 'draft') return args
  const target: Where = id !== undefined && id !== null ? { id: { equals: id } } : (where ?? {})
  const published = await req.payload.count({
    collection: BIP_SLUGS.documents as never,
    where: { and: [target, { publishedAt: { exists: true } }] },
    overrideAccess: true,
    req,
  })
  if (published.totalDocs > 0) {
    throw new APIError(
      message(req, (t) => t.bip.messages.unpublishRefused),
      400,
      null,
      true,
    )
  }
  return args
}
