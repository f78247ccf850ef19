import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { message } from '../../../../shared/i18n'
import { BIP_SLUGS } from '../../slugs'

/**
 * A document that has entries in the register of changes (it was ever published) cannot be deleted, not even by
 * an administrator: it must be withdrawn to the archive. Only never-published drafts can go.
 */
export const refuseDeleteWithHistory: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const history = await req.payload.count({
    collection: BIP_SLUGS.changes as never,
    where: { document: { equals: id } },
    req,
  })
  if (history.totalDocs > 0) {
    throw new APIError(
      message(req, (t) => t.bip.messages.deleteRefused),
      403,
      null,
      true,
    )
  }
}
