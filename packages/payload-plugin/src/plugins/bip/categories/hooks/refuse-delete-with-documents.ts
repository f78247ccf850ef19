import { APIError, type CollectionBeforeDeleteHook } from 'payload'
import { message } from '../../../../shared/i18n'
import { BIP_SLUGS } from '../../slugs'

/** A BIP category that still holds documents (published or not) cannot be deleted: they would lose their place. */
export const refuseDeleteWithDocuments: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const documents = await req.payload.count({
    collection: BIP_SLUGS.documents as never,
    where: { category: { equals: id } },
    overrideAccess: true,
    req,
  })
  if (documents.totalDocs > 0) {
    throw new APIError(
      message(req, (t) => t.bip.messages.categoryNotEmpty, { count: documents.totalDocs }),
      409,
      null,
      true,
    )
  }
}
