import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { message } from '../../../../shared/i18n'
import { verifyPassword } from '../verify-password'

/**
 * Changing one's own password needs the current one (`currentPassword`), so a session left open on a shared
 * computer cannot be turned into a stolen account. Payload then ends the account's other sessions. An
 * administrator setting someone else's password is not asked for theirs.
 */
export const requireCurrentPassword: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
  collection,
}) => {
  if (operation !== 'update' || typeof data?.password !== 'string') return data
  const own = req.user && originalDoc && String(req.user.id) === String(originalDoc.id)
  if (!own) return data
  const stored = await req.payload.db.findOne<{ id: number | string; hash?: string; salt?: string }>({
    collection: collection.slug,
    req,
    where: { id: { equals: originalDoc.id } },
  })
  const current = data.currentPassword
  if (typeof current === 'string' && current && stored && (await verifyPassword(current, stored))) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [
        {
          path: 'currentPassword',
          message: message(req, (t) =>
            typeof current === 'string' && current
              ? t.users.currentPassword.wrong
              : t.users.currentPassword.missing,
          ),
        },
      ],
    },
    req.t,
  )
}
