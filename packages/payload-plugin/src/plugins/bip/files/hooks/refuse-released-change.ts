import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { message } from '../../../../shared/i18n'
import { BIP_SLUGS } from '../../slugs'

/**
 * A BIP file a published document has carried (`released`) never changes and is never deleted, not even by an
 * administrator: every past version of a document that showed it must still show the same bytes. A correction
 * is a new file in a new version. (The update and delete access rules also leave released files out.)
 */
export const refuseReleasedChange: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const id = (args as { id?: number | string }).id
  if (id === undefined || id === null) return args
  const file = await req.payload.findByID({
    collection: BIP_SLUGS.files as never,
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if ((file as { released?: boolean } | null)?.released) {
    throw new APIError(
      message(req, (t) => t.bip.messages.releasedFileImmutable),
      403,
      null,
      true,
    )
  }
  return args
}
