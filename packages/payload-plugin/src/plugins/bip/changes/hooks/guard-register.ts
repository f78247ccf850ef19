import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type PayloadRequest,
  type RequestContext,
} from 'payload'
import { message } from '../../../../shared/i18n'
import { REGISTER_OVERRIDE } from '../../slugs'

/** Set by `record-bip-change.ts` on the one Local API call that appends an entry. */
export const REGISTER_WRITE = 'bipRegisterWrite'

const overridden = (context: RequestContext): boolean => context[REGISTER_OVERRIDE] === true

const refuse = (req: PayloadRequest): never => {
  throw new APIError(
    message(req, (t) => t.bip.messages.registerAppendOnly),
    403,
    null,
    true,
  )
}

/**
 * The register is append-only. Access rules refuse every role through REST, GraphQL and the admin; these hooks
 * refuse the Local API too, even with `overrideAccess`, unless the caller explicitly passes
 * `context: { allowBipRegisterOverride: true }`. New entries come only from publishing a document.
 */
export const guardRegisterChange: CollectionBeforeChangeHook = ({ data, operation, req, context }) => {
  if (overridden(context)) return data
  if (operation === 'create' && context[REGISTER_WRITE] === true) return data
  return refuse(req)
}

export const guardRegisterDelete: CollectionBeforeDeleteHook = ({ req, context }) => {
  if (!overridden(context)) refuse(req)
}
